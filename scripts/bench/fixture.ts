import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { parse, stringify } from 'yaml';
import { generateDataCollections, type FixtureCounts } from './data-collections';
import { generateGuidancePages, type GeneratedPage } from './guidance-pages';
import { corpusFromMdx, ProseGenerator } from './prose';
import { seededRandom } from './random';

/** Number of generated guide folders, each a menu section. */
const guideCount = 10;

function writePages(folder: string, pages: GeneratedPage[]) {
	for (const page of pages) {
		const path = join(folder, page.path);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, page.markdown);
	}
}

function readCorpus(contentRoot: string): string {
	const folder = join(contentRoot, 'pages');
	const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => /\.mdx?$/.test(name));
	return corpusFromMdx(files.map((name) => readFileSync(join(folder, name), 'utf8')));
}

/**
 * Writes a content root at `root`: a copy of `content/` plus generated guidance pages (with one
 * menu section per guide folder), partners, events, glossary terms and indicator datasets.
 * Deterministic: the same counts always give the same files.
 */
export function writeFixture(root: string, counts: FixtureCounts, contentRoot = resolve('content')): { root: string; pages: GeneratedPage[] } {
	rmSync(root, { recursive: true, force: true });
	cpSync(contentRoot, root, { recursive: true });
	const random = seededRandom(63);
	const prose = new ProseGenerator(readCorpus(contentRoot), random);
	const pages = generateGuidancePages(counts.guidancePages, guideCount, prose, random);
	writePages(join(root, 'pages'), pages);
	generateDataCollections(root, counts, random, prose);
	const navigationFile = join(root, 'navigation.yaml');
	const navigation = parse(readFileSync(navigationFile, 'utf8')) as { sections: object[] };
	for (let guide = 1; guide <= guideCount; guide++) navigation.sections.push({ label: `Guide ${guide}`, pages: `guide-${String(guide).padStart(2, '0')}` });
	writeFileSync(navigationFile, stringify(navigation));
	return { root, pages };
}
