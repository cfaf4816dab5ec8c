import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { createProcessor } from '@mdx-js/mdx';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { distance as levenshtein } from 'fastest-levenshtein';
import { visit } from 'unist-util-visit';
import type { Root as MdastRoot } from 'mdast';
import { contentRoot, displayPath } from '../content-loading/content-root';
import { ContentError, describeValue, type ContentProblem } from '../schemas/friendly-errors';
import type { AllowedAcronym, GlossaryEntry } from '../schemas/glossary';
import { findAcronymTokens, isAcronymForm, isKnownAcronym, knownForms } from './acronyms';
import { loadAllowedAcronyms, loadGlossary } from './load';

/** A stretch of a page's text and the line it starts on. */
export interface TextSegment {
	text: string;
	line: number;
}

/** An acronym used in pages that has no glossary entry, with every place it is used. */
export interface MissingAcronym {
	acronym: string;
	uses: { page: string; line: number }[];
	/** The nearest known acronym, when the token looks like a typo of it (`URSAFF` → `URSSAF`). */
	suggestion?: string;
}

/** A page to check: the path shown in messages and its source. */
export interface PageSource {
	file: string;
	source: string;
}

/** Frontmatter fields whose text readers see (the title becomes the page's h1), as paths. */
const frontmatterTextFields = [['title'], ['description'], ['hero', 'tagline']];
/** JSX attributes of MDX components whose value is text readers see. */
const textAttributes = new Set(['title', 'description', 'label', 'caption', 'alt', 'tagline']);

const processors = {
	md: createProcessor({ format: 'md' }),
	mdx: createProcessor({ format: 'mdx' }),
};

/**
 * The text of a Markdown or MDX page as readers see it, without code, MDX imports and expressions:
 * paragraphs, headings, lists, tables, link text, image alt text, the frontmatter title and
 * description, and text attributes of components (`title`, `description`, `label`...).
 * @param source the file's content, frontmatter included
 * @param format `md` or `mdx`
 * @returns segments of text with their line number in the file
 */
export function extractPageText(source: string, format: 'md' | 'mdx'): TextSegment[] {
	const { frontmatter, content } = parseFrontmatter(source, { frontmatter: 'empty-with-lines' });
	const segments: TextSegment[] = [];
	const lines = source.split('\n');
	for (const path of frontmatterTextFields) {
		const value = path.reduce<unknown>((object, key) => (object && typeof object === 'object' ? (object as Record<string, unknown>)[key] : undefined), frontmatter);
		if (typeof value !== 'string') continue;
		const key = path[path.length - 1];
		const index = lines.findIndex((text) => text.trimStart().startsWith(`${key}:`));
		segments.push({ text: value, line: index + 1 });
	}
	const tree = processors[format].parse(content) as MdastRoot;
	visit(tree, (node) => {
		const line = node.position?.start.line ?? 0;
		switch (node.type) {
			case 'text':
				segments.push({ text: node.value, line });
				break;
			case 'html':
				segments.push({ text: node.value.replace(/<[^>]*>/g, ' '), line });
				break;
			case 'image':
				if (node.alt) segments.push({ text: node.alt, line });
				break;
			case 'mdxJsxFlowElement':
			case 'mdxJsxTextElement':
				for (const attribute of node.attributes) {
					if (attribute.type === 'mdxJsxAttribute' && textAttributes.has(attribute.name) && typeof attribute.value === 'string') {
						segments.push({ text: attribute.value, line });
					}
				}
				break;
		}
	});
	return segments;
}

/**
 * The acronyms used in `pages` that are not known, each with all its uses (page and line), sorted.
 * @param pages the pages' paths and sources (`.md` or `.mdx`)
 * @param known forms that need no report (glossary terms and aliases, allowlist), as given by `knownForms`
 */
export function findMissingAcronyms(pages: readonly PageSource[], known: ReadonlySet<string>): MissingAcronym[] {
	const missing = new Map<string, MissingAcronym>();
	for (const { file, source } of pages) {
		const format = extname(file) === '.mdx' ? 'mdx' : 'md';
		let segments: TextSegment[];
		try {
			segments = extractPageText(source, format);
		} catch {
			// An unreadable front matter or MDX syntax error is reported by the page checks and by Astro.
			continue;
		}
		for (const { text, line } of segments) {
			for (const token of findAcronymTokens(text)) {
				if (isKnownAcronym(token, known)) continue;
				const entry = missing.get(token) ?? { acronym: token, uses: [] };
				if (!entry.uses.some((use) => use.page === file && use.line === line)) entry.uses.push({ page: file, line });
				missing.set(token, entry);
			}
		}
	}
	const acronyms = [...known].filter((form) => isAcronymForm(form));
	return [...missing.values()]
		.map((entry) => {
			const suggestion = nearest(entry.acronym, acronyms);
			return suggestion ? { ...entry, suggestion } : entry;
		})
		.sort((a, b) => a.acronym.localeCompare(b.acronym, 'fr'));
}

/**
 * Reads every Markdown and MDX page of the content root (`pages/`, files starting with `_` left
 * out, as in the docs collection) and returns the acronyms that have no glossary entry.
 */
export function checkPageAcronyms(options: { glossary: readonly GlossaryEntry[]; allowed: readonly AllowedAcronym[]; root?: string }): MissingAcronym[] {
	const folder = resolve(options.root ?? contentRoot(), 'pages');
	if (!existsSync(folder)) return [];
	const pages = readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((name) => ['.md', '.mdx'].includes(extname(name)) && !name.split(/[\\/]/).some((part) => part.startsWith('_')))
		.sort()
		.map((name) => {
			const absolutePath = join(folder, name);
			return { file: displayPath(absolutePath), source: readFileSync(absolutePath, 'utf8') };
		});
	return findMissingAcronyms(pages, knownForms(options.glossary, options.allowed));
}

/**
 * The missing acronyms as content problems (one per page and acronym, with its lines), so that the
 * build's content validation lists them with every other problem of `content/`.
 */
export function acronymProblems(missing: readonly MissingAcronym[]): ContentProblem[] {
	return missing.flatMap(({ acronym, uses, suggestion }) => {
		const byPage = new Map<string, number[]>();
		for (const { page, line } of uses) byPage.set(page, [...(byPage.get(page) ?? []), line]);
		return [...byPage].map(([file, lines]) => ({
			file,
			field: `ligne ${lines.join(', ')}`,
			received: describeValue(acronym),
			expected: `un sigle qui a son entrée dans le lexique${suggestion ? ` (vouliez-vous dire « ${suggestion} » ?)` : ''} : ajoutez content/lexique/${acronym.toLowerCase()}.yaml (term, expansion, kind: sigle, definition, sources) ; ou, pour un mot écrit en capitales pour insister, écrivez-le en minuscules ; ou, pour un sigle connu de tous, ajoutez-le avec sa raison dans content/lexique/_sigles-admis.yaml`,
		}));
	});
}

/**
 * The content validator for acronyms: every acronym of the pages of `root` must have a glossary
 * entry. An invalid glossary gives no problem here (the glossary's own validator reports it).
 */
export function checkPageAcronymsOf(root: string): ContentProblem[] {
	let glossary: GlossaryEntry[];
	try {
		glossary = loadGlossary(root);
	} catch (error) {
		if (error instanceof ContentError) return [];
		throw error;
	}
	return acronymProblems(checkPageAcronyms({ glossary, allowed: loadAllowedAcronyms(root), root }));
}

/** The known acronym nearest to `token`, when close enough to be a typo. */
function nearest(token: string, candidates: readonly string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = token.length <= 4 ? 2 : 3;
	for (const candidate of candidates) {
		const distance = levenshtein(token, candidate);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}
