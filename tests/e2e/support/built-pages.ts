import { readFileSync } from 'node:fs';

/** Paths of every page of the built site, read from its sitemap (`dist/sitemap-0.xml`). */
export function builtPages(): string[] {
	const sitemap = readFileSync('dist/sitemap-0.xml', 'utf8');
	return [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, url]) => new URL(url!).pathname);
}
