/**
 * Page gate: every page listed by the sitemap of the built site (`dist/`, or the folder given as
 * argument) has a unique <title>, a meta description, exactly one <h1>, a body indexed by the
 * search and its sharing meta tags; every built page is in the sitemap. Exits non-zero on any gap.
 *
 *   npm run check:pages            # after npx astro build
 */
import { resolve } from 'node:path';
import { loadBuiltSite } from './lib/built-site.ts';
import { checkBuiltPages, formatPageProblems } from './lib/page-check.ts';

const started = performance.now();
const site = loadBuiltSite(resolve(process.argv[2] ?? 'dist'));
const problems = checkBuiltPages(site);
const elapsed = Math.round(performance.now() - started);

if (problems.length > 0) {
	console.error(`Pages incomplètes : ${problems.length} problème(s)\n${formatPageProblems(problems)}`);
	process.exit(1);
}
console.log(`Titres, descriptions, h1, indexation et partage : ${site.pages.length} page(s) conformes (${elapsed} ms).`);
