/**
 * Privacy check over the built site (`dist/`), run by `npm test` after the build:
 * no phone number or e-mail address that the sourced data does not contain, no resource from
 * another host, no new-tab link without `rel="noopener"`. Prints a summary and the remedy,
 * exits non-zero on any problem.
 *
 * Usage: npm run check:dist [-- <dist folder>]
 */
import { readdirSync, readFileSync } from 'node:fs';
import { extname, join, relative, resolve } from 'node:path';
import { sourcedContactValues } from '../src/lib/sourced-contacts';
import { auditCss, auditHtml, findUnsourcedContacts, remedies, type AuditProblem } from '../src/security/dist-audit';

const distFolder = resolve(process.argv[2] ?? 'dist');
const textExtensions = new Set(['.html', '.vcf', '.ics', '.csv', '.json', '.txt', '.xml', '.css', '.svg', '.webmanifest']);
const allowed = sourcedContactValues();

const problems: AuditProblem[] = [];
let checked = 0;
for (const name of readdirSync(distFolder, { recursive: true, encoding: 'utf8' })) {
	// Pagefind's index is compressed and only repeats the pages' text, which is checked here.
	if (name.startsWith('pagefind') || !textExtensions.has(extname(name))) continue;
	const file = relative(process.cwd(), join(distFolder, name));
	const text = readFileSync(join(distFolder, name), 'utf8');
	checked++;
	problems.push(...findUnsourcedContacts(file, text, allowed));
	if (name.endsWith('.html')) problems.push(...auditHtml(file, text));
	if (name.endsWith('.css')) problems.push(...auditCss(file, text));
}

console.log(`Contrôle de confidentialité de ${relative(process.cwd(), distFolder) || '.'} : ${checked} fichiers lus, ${problems.length} problème(s).`);
for (const problem of problems) console.log(`  - ${problem.file} : ${problem.detail}\n    → ${remedies[problem.rule]}`);
process.exitCode = problems.length > 0 ? 1 : 0;
