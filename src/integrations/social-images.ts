import { createHash } from 'node:crypto';
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { parse } from 'node-html-parser';
import { writeSocialImages } from '../social/cache';
import { renderSocialCard, type SocialCardInput } from '../social/card';
import { cardFontPaths } from '../social/fonts';
import { socialImageFolder } from '../social/meta';

/** Reads what a page's social image must show from the meta tags of its built HTML. */
export function socialCardRequest(html: string, siteOrigin: string): { imagePath: string; input: SocialCardInput } | undefined {
	const head = parse(html.slice(0, html.indexOf('</head>') + '</head>'.length));
	const meta = (property: string) => head.querySelector(`meta[property="${property}"]`)?.getAttribute('content') ?? '';
	const image = meta('og:image');
	if (!image) return undefined;
	const url = new URL(image, siteOrigin);
	if (url.origin !== siteOrigin || !url.pathname.startsWith(socialImageFolder)) return undefined;
	// The card's title is what its text alternative says (the page title, or the section for a shared card);
	// the section line is left out when it would repeat the title.
	const title = meta('og:image:alt') || meta('og:title');
	const section = meta('article:section');
	return { imagePath: decodeURIComponent(url.pathname), input: { title, section: section === title ? '' : section, siteName: meta('og:site_name') } };
}

/** Hash of everything that changes the drawing besides the text: the card module and the fonts. */
async function rendererFingerprint(): Promise<string> {
	const hash = createHash('sha256');
	for (const file of [fileURLToPath(new URL('../social/card.ts', import.meta.url)), ...cardFontPaths()]) hash.update(await readFile(file));
	return hash.digest('hex');
}

/**
 * After `astro build`, draws the Open Graph image that each built page announces in its
 * `og:image` meta (added by `src/route-data.ts`), from its title, section and site name.
 * Images are cached in `node_modules/.cache/social-images/` under a hash of their inputs and of
 * the renderer, so an unchanged page is copied, not drawn again.
 */
export function socialImages(): AstroIntegration {
	let root: URL;
	let siteOrigin = 'http://localhost';
	return {
		name: 'hub:social-images',
		hooks: {
			'astro:config:done': ({ config }) => {
				root = config.root;
				if (config.site) siteOrigin = new URL(config.site).origin;
			},
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const outDir = fileURLToPath(dir);
				const htmlFiles = (await readdir(outDir, { recursive: true, encoding: 'utf8' })).filter((file) => file.endsWith('.html'));
				const requests = new Map<string, SocialCardInput>();
				for (const file of htmlFiles) {
					const request = socialCardRequest(await readFile(join(outDir, file), 'utf8'), siteOrigin);
					if (request) requests.set(request.imagePath, request.input);
				}
				const { rendered, reused } = await writeSocialImages(requests, {
					outDir,
					cacheDir: fileURLToPath(new URL('node_modules/.cache/social-images/', root)),
					fingerprint: await rendererFingerprint(),
					render: renderSocialCard,
				});
				const ms = Math.round(performance.now() - started);
				logger.info(`Images de partage : ${requests.size} page(s), ${rendered} image(s) dessinée(s), ${reused} reprise(s) du cache (${ms} ms).`);
			},
		},
	};
}
