import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { cardHeight, cardWidth } from './card-size';

/** Folder of the built site that holds the social images. */
export const socialImageFolder = '/og/';

/**
 * Address of a page's social image, derived from the page address so it stays stable across
 * builds: `/` → `/og/index.png`, `/reperer/que-faire/` → `/og/reperer/que-faire.png`.
 */
export function socialImagePath(pathname: string): string {
	const slug = pathname.replace(/^\/+|\/+$/g, '').replace(/\.html$/, '');
	return `${socialImageFolder}${slug || 'index'}.png`;
}

export interface SocialMetaInput {
	/** Address of the page (`/reperer/`). */
	pathname: string;
	/** Public address of the site; the image URL must be absolute for social networks. */
	site: URL | undefined;
	/** Title of the page. */
	title: string;
	/** Part of the site the page belongs to, if known. */
	section: string | undefined;
}

/**
 * The `<head>` entries that announce a page's social image. Starlight already writes `og:title`,
 * `og:description`, `og:site_name` and `twitter:card`; the build step `social-images` reads
 * `og:image`, `og:title`, `article:section` and `og:site_name` back from the HTML to draw the image.
 */
export function socialMeta({ pathname, site, title, section }: SocialMetaInput): StarlightRouteData['head'] {
	const image = site ? new URL(socialImagePath(pathname), site).href : socialImagePath(pathname);
	const meta = (property: string, content: string) => ({ tag: 'meta' as const, attrs: { property, content } });
	return [
		meta('og:image', image),
		meta('og:image:width', String(cardWidth)),
		meta('og:image:height', String(cardHeight)),
		meta('og:image:alt', title),
		...(section ? [meta('article:section', section)] : []),
	];
}
