/**
 * `npm run bench`: builds the hub on a national-scale fixture and, in the same run on the same
 * machine, a stock Starlight site on the same guidance pages; prints medians and ratios and writes
 * them to bench-output/results.json and docs/benchmark-results.md. Method: docs/benchmark.md.
 *
 * Environment: BENCH_RUNS (builds per configuration, default 3), BENCH_SEARCH_RUNS (fresh browser
 * contexts per search measure, default 5), BENCH_SCALE (fixture size factor, default 1).
 */
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fixtureCounts } from './data-collections';
import { writeFixture } from './fixture';
import type { GeneratedPage } from './guidance-pages';
import { launchChromium, measurePageWeight, medianSearch, serve, type PageWeight, type SearchTiming } from './measure-browser';
import { median, measureBuild, type BuildFigures } from './measure-build';
import { writeStockSite } from './stock-site';

const runs = Number(process.env.BENCH_RUNS ?? 3);
const searchRuns = Number(process.env.BENCH_SEARCH_RUNS ?? 5);
const scale = Number(process.env.BENCH_SCALE ?? 1);
const output = resolve('bench-output');
const astroBin = resolve('node_modules/astro/bin/astro.mjs');
const nodeBin = process.execPath;
/** Caches our build keeps between runs; removed before a cold build. */
const buildCaches = ['node_modules/.astro', '.astro', 'node_modules/.cache'];

function log(message: string) {
	console.log(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}`);
}

function buildOurs(contentRoot: string, outDir: string, cold: boolean): BuildFigures {
	if (cold) for (const cache of buildCaches) rmSync(resolve(cache), { recursive: true, force: true });
	return measureBuild({ root: resolve('.'), outDir, env: { HUB_CONTENT_DIR: contentRoot }, command: ['npm', 'run', 'build', '--', '--outDir', outDir] });
}

function medianFigures(list: BuildFigures[]): BuildFigures {
	const pick = (key: keyof BuildFigures) => median(list.map((figures) => Number(figures[key] ?? 0)));
	return {
		wallSeconds: pick('wallSeconds'),
		pages: pick('pages'),
		msPerPage: pick('msPerPage'),
		peakRssMiB: pick('peakRssMiB'),
		pagefindSeconds: pick('pagefindSeconds'),
		distMiB: pick('distMiB'),
		searchIndexMiB: pick('searchIndexMiB'),
		socialImagesRendered: list[0]?.socialImagesRendered ?? null,
	};
}

async function browserFigures(folder: string, samplePath: string, query: string, resultSelector: string): Promise<{ weight: PageWeight; search: SearchTiming }> {
	const server = await serve(folder);
	const browser = await launchChromium();
	try {
		const weights: PageWeight[] = [];
		for (let run = 0; run < searchRuns; run++) weights.push(await measurePageWeight(browser, `${server.url}${samplePath}`));
		const weight = {
			htmlBytes: median(weights.map((w) => w.htmlBytes)),
			jsAtLoadBytes: median(weights.map((w) => w.jsAtLoadBytes)),
			jsBeforeSearchBytes: median(weights.map((w) => w.jsBeforeSearchBytes)),
			inlineJsBytes: median(weights.map((w) => w.inlineJsBytes)),
		};
		const search = await medianSearch(browser, `${server.url}${samplePath}`, query, resultSelector, searchRuns);
		return { weight, search };
	} finally {
		await browser.close();
		await server.close();
	}
}

/** A word of at least 8 letters found on many generated pages: the query every search run types. */
function frequentWord(pages: GeneratedPage[]): string {
	const counts = new Map<string, number>();
	for (const page of pages) {
		// The body only: front matter keys (« description ») are not page text.
		const body = page.markdown.replace(/^---[\s\S]*?---/, '');
		for (const word of new Set(body.toLowerCase().match(/\p{L}{8,}/gu) ?? [])) counts.set(word, (counts.get(word) ?? 0) + 1);
	}
	return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? 'protection';
}

/** Median and largest HTML page of a built site: whether any page grows with the number of pages. */
function htmlSizes(folder: string): { medianKiB: number; largest: { path: string; kib: number } } {
	const pages = readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((name) => name.endsWith('.html'))
		.map((name) => ({ path: `/${name.replace(/index\.html$/, '')}`, kib: statSync(join(folder, name)).size / 1024 }));
	const largest = pages.reduce((big, page) => (page.kib > big.kib ? page : big), { path: '', kib: 0 });
	return { medianKiB: median(pages.map((page) => page.kib)), largest };
}

const ratio = (ours: number, stock: number) => (stock > 0 ? (ours / stock).toFixed(2) : 'n/a');
const round = (value: number, digits = 1) => Number(value.toFixed(digits));

/** Stops at once, with the command to run, when a tool the measures need is missing. */
function checkTools() {
	const missing = [
		{ path: '/usr/bin/time', install: 'apt-get install -y time', why: 'durée et pic de mémoire des constructions' },
		{ path: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', install: 'apt-get install -y chromium', why: 'mesures dans le navigateur' },
	].filter((tool) => !existsSync(tool.path));
	if (missing.length === 0) return;
	for (const tool of missing) console.error(`Outil manquant : ${tool.path} (${tool.why}). Installez-le : ${tool.install}`);
	process.exit(1);
}

async function main() {
	checkTools();
	mkdirSync(output, { recursive: true });
	const fullCounts = fixtureCounts(scale);
	const tenthCounts = fixtureCounts(scale / 10);
	log(`Fixture : ${JSON.stringify(fullCounts)}`);
	const full = writeFixture(join(output, 'fixture-full'), fullCounts);
	const tenth = writeFixture(join(output, 'fixture-tenth'), tenthCounts);
	writeStockSite(join(output, 'stock'), full.pages);

	const ours: BuildFigures[] = [];
	for (let run = 1; run <= runs; run++) {
		log(`Notre site, fixture complète, construction à froid ${run}/${runs}...`);
		ours.push(buildOurs(full.root, join(output, 'dist-ours'), true));
		log(`  ${ours.at(-1)!.pages} pages en ${ours.at(-1)!.wallSeconds} s`);
	}
	log('Notre site, reconstruction sans changement...');
	const warm = buildOurs(full.root, join(output, 'dist-ours'), false);
	const oursTenth: BuildFigures[] = [];
	for (let run = 1; run <= runs; run++) {
		log(`Notre site, dixième de la fixture ${run}/${runs}...`);
		oursTenth.push(buildOurs(tenth.root, join(output, 'dist-ours-tenth'), true));
	}
	const stock: BuildFigures[] = [];
	for (let run = 1; run <= runs; run++) {
		log(`Starlight d'origine ${run}/${runs}...`);
		rmSync(join(output, 'stock/.astro'), { recursive: true, force: true });
		stock.push(measureBuild({ root: join(output, 'stock'), outDir: join(output, 'dist-stock'), command: [nodeBin, astroBin, 'build', '--root', join(output, 'stock'), '--outDir', join(output, 'dist-stock')] }));
		log(`  ${stock.at(-1)!.pages} pages en ${stock.at(-1)!.wallSeconds} s`);
	}
	// The rebuild above overwrote dist-ours with a warm build: same output, so it serves the browser measures.
	const samplePath = `/${full.pages[Math.floor(full.pages.length / 2)]!.path.replace(/\.md$/, '')}/`;
	const query = frequentWord(full.pages);
	log(`Mesures dans Chromium sur ${samplePath}, recherche de « ${query} »...`);
	const oursBrowser = await browserFigures(join(output, 'dist-ours'), samplePath, query, '[data-search-results] a');
	const stockBrowser = await browserFigures(join(output, 'dist-stock'), samplePath, query, '.pagefind-ui__result a');

	const sizesFull = htmlSizes(join(output, 'dist-ours'));
	const sizesTenth = htmlSizes(join(output, 'dist-ours-tenth'));
	const sizesStock = htmlSizes(join(output, 'dist-stock'));
	const o = medianFigures(ours);
	const s = medianFigures(stock);
	const t = medianFigures(oursTenth);
	const rows: [string, number | string, number | string, string][] = [
		['pages construites', o.pages, s.pages, '—'],
		['durée de construction (s)', round(o.wallSeconds), round(s.wallSeconds), ratio(o.wallSeconds, s.wallSeconds)],
		['ms par page', round(o.msPerPage), round(s.msPerPage), ratio(o.msPerPage, s.msPerPage)],
		['pic de mémoire (Mio)', round(o.peakRssMiB), round(s.peakRssMiB), ratio(o.peakRssMiB, s.peakRssMiB)],
		['indexation Pagefind (s)', round(o.pagefindSeconds, 2), round(s.pagefindSeconds, 2), ratio(o.pagefindSeconds, s.pagefindSeconds)],
		['taille de dist/ (Mio)', round(o.distMiB), round(s.distMiB), ratio(o.distMiB, s.distMiB)],
		['taille de l’index de recherche (Mio)', round(o.searchIndexMiB, 2), round(s.searchIndexMiB, 2), ratio(o.searchIndexMiB, s.searchIndexMiB)],
		['HTML d’une page de guide (Ko)', round(oursBrowser.weight.htmlBytes / 1024), round(stockBrowser.weight.htmlBytes / 1024), ratio(oursBrowser.weight.htmlBytes, stockBrowser.weight.htmlBytes)],
		['JS chargé à l’événement load (Ko)', round(oursBrowser.weight.jsAtLoadBytes / 1024), round(stockBrowser.weight.jsAtLoadBytes / 1024), ratio(oursBrowser.weight.jsAtLoadBytes, stockBrowser.weight.jsAtLoadBytes)],
		['JS chargé avant d’ouvrir la recherche (Ko)', round(oursBrowser.weight.jsBeforeSearchBytes / 1024), round(stockBrowser.weight.jsBeforeSearchBytes / 1024), ratio(oursBrowser.weight.jsBeforeSearchBytes, stockBrowser.weight.jsBeforeSearchBytes)],
		['… dont scripts en ligne dans le HTML (Ko)', round(oursBrowser.weight.inlineJsBytes / 1024), round(stockBrowser.weight.inlineJsBytes / 1024), ratio(oursBrowser.weight.inlineJsBytes, stockBrowser.weight.inlineJsBytes)],
		['premier résultat de recherche (ms)', round(oursBrowser.search.firstResultMs), round(stockBrowser.search.firstResultMs), ratio(oursBrowser.search.firstResultMs, stockBrowser.search.firstResultMs)],
		['octets pour ouvrir la recherche + 1re requête (Ko)', round(oursBrowser.search.bytesFetched / 1024), round(stockBrowser.search.bytesFetched / 1024), ratio(oursBrowser.search.bytesFetched, stockBrowser.search.bytesFetched)],
	];
	const extra: [string, string][] = [
		['reconstruction sans changement (s)', `${round(warm.wallSeconds)} (à froid : ${round(o.wallSeconds)})`],
		['images sociales rendues : à froid / sans changement', `${o.socialImagesRendered ?? 'n/a'} / ${warm.socialImagesRendered ?? 'n/a'}`],
		['HTML par page, médiane : complet / dixième / Starlight d’origine (Ko)', `${round(sizesFull.medianKiB)} / ${round(sizesTenth.medianKiB)} / ${round(sizesStock.medianKiB)}`],
		['plus grande page HTML : complet / dixième (Ko)', `${round(sizesFull.largest.kib)} (${sizesFull.largest.path}) / ${round(sizesTenth.largest.kib)} (${sizesTenth.largest.path})`],
		['plus grande page HTML de Starlight d’origine (Ko)', `${round(sizesStock.largest.kib)} (${sizesStock.largest.path})`],
		['ms par page au dixième de la fixture', `${round(t.msPerPage)} (${t.pages} pages ; rapport complet/dixième : ${ratio(o.msPerPage, t.msPerPage)})`],
	];
	const table = [
		`| mesure (médiane de ${runs} constructions, ${searchRuns} contextes navigateur) | notre site | Starlight d’origine | rapport |`,
		'| --- | --- | --- | --- |',
		...rows.map((row) => `| ${row.join(' | ')} |`),
		'',
		'| mesure complémentaire | valeur |',
		'| --- | --- |',
		...extra.map((row) => `| ${row.join(' | ')} |`),
	].join('\n');
	console.log(`\n${table}\n`);
	const results = { date: new Date().toISOString(), runs, searchRuns, counts: fullCounts, ours, oursWarm: warm, oursTenth, stock, oursBrowser, stockBrowser, htmlSizes: { full: sizesFull, tenth: sizesTenth, stock: sizesStock } };
	writeFileSync(join(output, 'results.json'), JSON.stringify(results, null, 2));
	mkdirSync(resolve('docs'), { recursive: true });
	writeFileSync(resolve('docs/benchmark-results.md'), `# Résultats du banc d’essai\n\nMesuré le ${results.date.slice(0, 10)} par \`npm run bench\` (méthode : [benchmark.md](benchmark.md)).\nFixture : ${JSON.stringify(fullCounts)}.\n\n${table}\n`);
	log('Résultats écrits dans bench-output/results.json et docs/benchmark-results.md.');
}

await main();
