/**
 * Link gate: every internal link, resource and anchor of every page listed by the sitemap of the
 * built site (`dist/`, or the folder given as argument) leads to something that exists.
 * Prints each broken link with the page holding it and a suggestion; exits non-zero on any.
 *
 *   npm run check:links            # after npx astro build
 */
import { resolve } from 'node:path';
import { loadBuiltSite } from './lib/built-site.ts';
import { checkLinks, formatLinkProblems } from './lib/link-check.ts';

const started = performance.now();
const site = loadBuiltSite(resolve(process.argv[2] ?? 'dist'));
const problems = checkLinks(site);
const elapsed = Math.round(performance.now() - started);

if (problems.length > 0) {
	console.error(`Liens cassés : ${problems.length} sur ${site.pages.length} page(s)${formatLinkProblems(problems)}`);
	console.error('\nCorrigez l’adresse dans la page source (content/pages/... ou src/...) ou créez la page visée, puis reconstruisez.');
	process.exit(1);
}
console.log(`Liens internes et ancres : aucun lien cassé sur ${site.pages.length} page(s) (${elapsed} ms).`);
