/**
 * `npx tsx scripts/bench/partners-scale.ts [count]`: builds the hub with `count` synthetic partners
 * (default 5,000) added to a copy of `content/`, and prints the build's time, peak memory and page
 * count, the HTML size of the directory's typical pages and the largest listing page. A quick check
 * of the directory alone; `npm run bench` measures the whole site.
 */
import { cpSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { measureBuild } from './measure-build';
import { generatePartners } from './partners-fixture';
import { seededRandom } from './random';

const count = Number(process.argv[2] ?? 5000);
const folder = resolve('bench-output', `partners-${count}`);
const root = join(folder, 'content');
const outDir = join(folder, 'dist');

rmSync(folder, { recursive: true, force: true });
cpSync(resolve('content'), root, { recursive: true });
generatePartners(root, count, seededRandom(63));
console.log(`${count} partenaires synthétiques écrits dans ${root}`);

const figures = measureBuild({ root: resolve('.'), outDir, env: { HUB_CONTENT_DIR: root }, command: ['npm', 'run', 'build', '--', '--outDir', outDir] });
console.log(`Construction : ${figures.wallSeconds} s, ${figures.pages} pages, ${figures.msPerPage.toFixed(1)} ms par page, pic mémoire ${figures.peakRssMiB.toFixed(0)} Mio`);

const size = (path: string) => statSync(join(outDir, path, 'index.html')).size;
const firstPartner = readdirSync(join(root, 'partenaires')).find((name) => name.startsWith('synthetique-'))!.replace(/\.yaml$/, '');
for (const path of ['partenaires', 'partenaires/page/2', 'partenaires/categorie/sante', 'partenaires/besoin/sante', 'familles', 'partenaires/carte', `partenaires/${firstPartner}`]) {
	try {
		console.log(`${String(size(path)).padStart(9)} octets  /${path}/`);
	} catch {
		console.log(`  (absente)        /${path}/`);
	}
}

/** Every listing page of the directory (not a partner page): the largest says whether a page grows with the data. */
const listings = readdirSync(join(outDir, 'partenaires'), { recursive: true, encoding: 'utf8' })
	.filter((name) => name.endsWith('index.html') && (name === 'index.html' || /^(page|categorie|besoin|public|commune)\//.test(name)))
	.map((name) => ({ name, bytes: statSync(join(outDir, 'partenaires', name)).size }))
	.sort((a, b) => b.bytes - a.bytes);
const largest = listings[0];
console.log(`${listings.length} pages de liste ; la plus lourde : /partenaires/${largest?.name.replace(/index\.html$/, '')} (${largest?.bytes} octets)`);
const svg = readFileSync(join(outDir, 'partenaires/carte/index.html'), 'utf8').match(/<svg[^>]*class="hub-map"[\s\S]*?<\/svg>/)?.[0] ?? '';
console.log(`Carte : SVG de ${svg.length} octets, ${(svg.match(/<a /g) ?? []).length} marqueurs`);
