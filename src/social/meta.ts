import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { searchExclusionMeta } from '../search/exclusion';
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

/** Text without accents, in lower case, words joined by dashes: the file name of a section card. */
const slugOf = (text: string) =>
	text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');

/** Address of the card a whole section shares: `Partenaires` → `/og/rubrique/partenaires.png`. */
export function sectionCardPath(section: string): string {
	return `${socialImageFolder}rubrique/${slugOf(section) || 'site'}.png`;
}

/**
 * Head entry of a page that shares its section's card instead of having its own: pages generated
 * in numbers from data (a partner's page, a glossary entry). Their title and description still
 * travel as `og:title` and `og:description`, which every network shows beside the image; one
 * card per section keeps the build from drawing thousands of near-identical images.
 */
export const sharedSectionCardMeta = { tag: 'meta', attrs: { name: 'hub-social-card', content: 'rubrique' } } as const;

/**
 * Whether a page shares its section's card: it says so (`sharedSectionCardMeta`), or it is a
 * listing view left out of search (a filter, a page 2) whose title only repeats its section.
 */
export function sharesSectionCard(head: StarlightRouteData['head']): boolean {
	const has = (meta: { attrs: { name: string; content: string } }) =>
		head.some((entry) => entry.tag === 'meta' && entry.attrs?.['name'] === meta.attrs.name && entry.attrs?.['content'] === meta.attrs.content);
	return has(sharedSectionCardMeta) || has(searchExclusionMeta);
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
	/** Whether the page shows its section's card (see `sharesSectionCard`); needs a section. */
	sharedSectionCard?: boolean;
}

/**
 * The `<head>` entries that announce a page's social image. Starlight already writes `og:title`,
 * `og:description`, `og:site_name` and `twitter:card`; the build step `social-images` reads
 * `og:image`, `og:image:alt` (the card's title), `article:section` and `og:site_name` back from the
 * HTML to draw the image.
 */
export function socialMeta({ pathname, site, title, section, sharedSectionCard = false }: SocialMetaInput): StarlightRouteData['head'] {
	const shared = sharedSectionCard && section !== undefined;
	const path = shared ? sectionCardPath(section) : socialImagePath(pathname);
	const image = site ? new URL(path, site).href : path;
	const meta = (property: string, content: string) => ({ tag: 'meta' as const, attrs: { property, content } });
	return [
		meta('og:image', image),
		meta('og:image:width', String(cardWidth)),
		meta('og:image:height', String(cardHeight)),
		// The text alternative says what the card shows: the page title, or the section for a shared card.
		meta('og:image:alt', shared ? section : title),
		...(section ? [meta('article:section', section)] : []),
	];
}
