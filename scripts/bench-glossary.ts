/**
 * What the glossary annotation costs, measured two ways in the same run on the same machine:
 * 1. the plugin alone: every page of the content root compiled in memory by MDX's processor (the
 *    one Astro uses), with and without the plugin, CPU time, several rounds;
 * 2. whole builds of the site with and without the plugin (`GLOSSARY_ANNOTATE=false`), alternately:
 *    CPU time (steady on a shared machine) and wall-clock time, median and minimum of the rounds,
 *    after one warm-up build that is not counted. With `--pages N`, it first copies the content root and adds N guidance pages written from
 * the glossary's own definitions (many terms per page), to measure a site bigger than today's.
 *
 *   npm run bench:glossary                 # the site as it is, 2 rounds
 *   npm run bench:glossary -- --pages 200 --rounds 3
 *
 * Output goes to `bench-output/` (ignored by git). Exits non-zero if a build fails.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { compile } from '@mdx-js/mdx';
import { parse } from 'yaml';
import rehypeGlossary from '../src/markdown/rehype-glossary';

const args = process.argv.slice(2);
const option = (name: string, fallback: number) => {
	const index = args.indexOf(`--${name}`);
	return index >= 0 ? Number(args[index + 1]) : fallback;
};
const rounds = option('rounds', 2);
const extraPages = option('pages', 0);
const output = resolve('bench-output');
const sourceRoot = resolve(process.env['HUB_CONTENT_DIR'] ?? 'content');

/** Copies the content root and writes `count` pages made of glossary definitions, sentences that use many terms. */
function syntheticRoot(count: number): string {
	const root = join(output, `content-${count}-pages`);
	rmSync(root, { recursive: true, force: true });
	cpSync(sourceRoot, root, { recursive: true });
	const definitions = readdirSync(join(sourceRoot, 'lexique'))
		.filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))
		.map((name) => (parse(readFileSync(join(sourceRoot, 'lexique', name), 'utf8')) as { definition: string }).definition);
	mkdirSync(join(root, 'pages', 'banc-essai'), { recursive: true });
	for (let page = 0; page < count; page += 1) {
		const paragraphs = Array.from({ length: 12 }, (_, index) => definitions[(page * 7 + index * 13) % definitions.length]);
		const body = paragraphs.map((text, index) => (index % 4 === 0 ? `## Partie ${index / 4 + 1}\n\n${text}` : text)).join('\n\n');
		writeFileSync(join(root, 'pages', 'banc-essai', `page-${page}.md`), `---\ntitle: Page de banc d'essai ${page}\ndescription: Page générée pour mesurer le coût de l'annotation du lexique.\n---\n\n${body}\n`);
	}
	return root;
}

interface Timing {
	/** Wall-clock seconds: what a person waits, but it swings when other programs share the machine. */
	wall: number;
	/** CPU seconds (user + system) of the build and its sub-processes: steadier on a busy machine. */
	cpu: number;
}

/** Runs one `astro build` under bash's `time` and returns its wall-clock and CPU times. */
function build(annotate: boolean, contentDir: string): Timing {
	const outDir = join(output, annotate ? 'avec-annotation' : 'sans-annotation');
	const started = performance.now();
	const result = spawnSync('bash', ['-c', `time -p npx astro build --outDir '${outDir}'`], {
		env: { ...process.env, GLOSSARY_ANNOTATE: String(annotate), HUB_CONTENT_DIR: contentDir },
		encoding: 'utf8',
	});
	const wall = (performance.now() - started) / 1000;
	if (result.status !== 0) {
		process.stderr.write(result.stdout + result.stderr);
		throw new Error(`La construction a échoué (annotation ${annotate ? 'activée' : 'désactivée'}).`);
	}
	const seconds = (name: string) => Number((new RegExp(`^${name} ([\\d.,]+)$`, 'm').exec(result.stderr)?.[1] ?? 'NaN').replace(',', '.'));
	const cpu = seconds('user') + seconds('sys');
	const pages = /(\d+) page\(s\) built/.exec(result.stdout)?.[1] ?? '?';
	console.log(`  annotation ${annotate ? 'activée   ' : 'désactivée'} : ${wall.toFixed(2)} s écoulées, ${cpu.toFixed(2)} s de processeur (${pages} pages)`);
	return { wall, cpu };
}

const median = (values: number[]) => {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** CPU milliseconds to compile every page of `pagesDir` with MDX's processor, with or without the plugin. */
async function compileAll(pagesDir: string, annotate: boolean): Promise<number> {
	const pages = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' })
		.filter((name) => /\.mdx?$/.test(name))
		.map((name) => ({ path: join(pagesDir, name), value: readFileSync(join(pagesDir, name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '') }));
	const started = process.cpuUsage();
	for (const page of pages) {
		await compile({ path: page.path, value: page.value }, { format: page.path.endsWith('.mdx') ? 'mdx' : 'md', rehypePlugins: annotate ? [[rehypeGlossary, { pagesDirectory: pagesDir }]] : [] });
	}
	const used = process.cpuUsage(started);
	return (used.user + used.system) / 1000;
}

mkdirSync(output, { recursive: true });
const contentDir = extraPages > 0 ? syntheticRoot(extraPages) : sourceRoot;
{
	const pagesDir = join(contentDir, 'pages');
	const count = readdirSync(pagesDir, { recursive: true, encoding: 'utf8' }).filter((name) => /\.mdx?$/.test(name)).length;
	await compileAll(pagesDir, true);
	const alone = { on: [] as number[], off: [] as number[] };
	for (let round = 0; round < 5; round += 1) {
		alone.off.push(await compileAll(pagesDir, false));
		alone.on.push(await compileAll(pagesDir, true));
	}
	const on = Math.min(...alone.on);
	const off = Math.min(...alone.off);
	console.log(`Plugin seul, ${count} pages compilées en mémoire (minimum de 5 tours, processeur) : avec ${on.toFixed(0)} ms ; sans ${off.toFixed(0)} ms ; soit ${((on - off) / count).toFixed(2)} ms par page.\n`);
}
console.log(`Banc d'essai du lexique : ${rounds} tour(s), contenu ${contentDir}${extraPages ? ` (+${extraPages} pages générées)` : ''}`);
console.log('Construction de chauffe (non comptée)');
build(true, contentDir);
const times = { on: [] as Timing[], off: [] as Timing[] };
for (let round = 1; round <= rounds; round += 1) {
	console.log(`Tour ${round}`);
	// Alternate the order so that a warm cache does not favour one side.
	const order = round % 2 ? [true, false] : [false, true];
	for (const annotate of order) (annotate ? times.on : times.off).push(build(annotate, contentDir));
}
const report = (label: string, on: number, off: number) =>
	console.log(`${label} : avec annotation ${on.toFixed(2)} s ; sans ${off.toFixed(2)} s ; écart ${(on - off).toFixed(2)} s (${(((on - off) / off) * 100).toFixed(1)} %).`);
console.log('');
for (const [kind, label] of [['cpu', 'processeur'], ['wall', 'temps écoulé']] as const) {
	report(`Médiane, ${label}`, median(times.on.map((time) => time[kind])), median(times.off.map((time) => time[kind])));
	report(`Minimum, ${label}`, Math.min(...times.on.map((time) => time[kind])), Math.min(...times.off.map((time) => time[kind])));
}
