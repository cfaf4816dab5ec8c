import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';

/**
 * The built site (`dist/`) as the quality gates see it: the pages listed by the sitemap, their
 * parsed HTML, and which paths exist. Shared by `check-links.ts`, `check-pages.ts` and the
 * Playwright gates, so every gate covers exactly the same pages.
 */
export interface BuiltSite {
	/** Absolute path of the build output folder. */
	readonly dir: string;
	/** Origin of the deployed site, read from the sitemap (`https://example.fr`). */
	readonly origin: string;
	/** Path of every page listed by the sitemap (`/`, `/reperer/`), in sitemap order. */
	readonly pages: string[];
	/** Parsed HTML of a page, or `undefined` when no HTML file is built for that path. */
	document(path: string): HTMLElement | undefined;
	/** What a decoded URL path points to in `dist/`: a page, another file, or nothing. */
	resolve(path: string): 'page' | 'file' | undefined;
	/** Path of every HTML page built in `dist/` (sitemap or not), e.g. `/404.html` as `/404/`. */
	htmlPages(): string[];
}

/** Reads the `<loc>` entries of an XML sitemap. */
export function sitemapLocations(xml: string): string[] {
	return [...xml.matchAll(/<loc>\s*([^<]+?)\s*<\/loc>/g)].map(([, loc]) => decodeXml(loc!));
}

function decodeXml(text: string): string {
	return text.replace(/&(amp|lt|gt|quot|apos);/g, (_, name: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" })[name]!);
}

/**
 * Lists the page URLs of the site from `sitemap-index.xml` (or `sitemap-0.xml` alone).
 * Throws a French message saying what to run when the site is not built.
 */
export function readSitemap(dir: string): URL[] {
	const index = join(dir, 'sitemap-index.xml');
	if (!existsSync(index)) {
		throw new Error(`Aucun plan du site dans ${dir} (sitemap-index.xml absent) : construisez d’abord le site avec « npx astro build ».`);
	}
	const sitemaps = sitemapLocations(readFileSync(index, 'utf8')).map((loc) => join(dir, decodeURIComponent(new URL(loc).pathname)));
	return sitemaps.flatMap((file) => sitemapLocations(readFileSync(file, 'utf8'))).map((loc) => new URL(loc));
}

/** The HTML file that serves a URL path in a static build (`/a/` → `a/index.html`). */
export function htmlFileFor(dir: string, path: string): string {
	return path.endsWith('/') ? join(dir, path, 'index.html') : join(dir, path);
}

/** Loads the built site in `dir`; pages are parsed lazily and at most once. */
export function loadBuiltSite(dir: string): BuiltSite {
	const urls = readSitemap(dir);
	const origin = urls[0]?.origin ?? 'http://localhost';
	const parsed = new Map<string, HTMLElement | undefined>();
	const resolved = new Map<string, 'page' | 'file' | undefined>();
	const isFile = (file: string) => existsSync(file) && statSync(file).isFile();
	return {
		dir,
		origin,
		pages: urls.map((url) => decodeURIComponent(url.pathname)),
		document(path) {
			if (!parsed.has(path)) {
				const file = htmlFileFor(dir, path);
				parsed.set(path, isFile(file) && file.endsWith('.html') ? parse(readFileSync(file, 'utf8')) : undefined);
			}
			return parsed.get(path);
		},
		resolve(path) {
			if (!resolved.has(path)) {
				const file = htmlFileFor(dir, path);
				resolved.set(path, isFile(file) ? (file.endsWith('.html') ? 'page' : 'file') : undefined);
			}
			return resolved.get(path);
		},
		htmlPages() {
			return listFiles(dir)
				.filter((file) => file.endsWith('.html'))
				.map((file) => `/${relative(dir, file).split(sep).join('/')}`.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/'));
		},
	};
}

function listFiles(dir: string): string[] {
	return readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name));
}
