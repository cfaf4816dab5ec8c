import { relative, sep } from 'node:path';
import type { Element, ElementContent, Root, Text } from 'hast';
import { visit } from 'unist-util-visit';
import { SKIP, visitParents } from 'unist-util-visit-parents';
import { contentRoot } from '../content-loading/content-root';
import { glossaryBasePath } from '../glossary/pages';
import { glossaryKindIds, type GlossaryKindId } from '../glossary/kinds';
import { loadGlossary } from '../glossary/load';
import { createMatcher, type GlossaryMatcher, type TermMatch } from '../glossary/matcher';
import type { GlossaryEntry } from '../schemas/glossary';

/**
 * Options of `rehypeGlossary`. Every option is optional; the default is given for each.
 */
export interface Options {
	/** Annotate only the first occurrence of each term in a page (`true`, default) or every occurrence (`false`). */
	firstOnly?: boolean | null | undefined;
	/** Kinds of entries to annotate (default: every kind of `src/glossary/kinds.ts`). */
	kinds?: readonly GlossaryKindId[] | null | undefined;
	/**
	 * Pages left untouched, as paths inside the content root's `pages/` folder without extension
	 * (`lexique` is `content/pages/lexique.mdx`); end with `/**` for a whole folder (`lexique/**`).
	 * Default: `['lexique']`, a Markdown page at the glossary's own address.
	 */
	skipPages?: readonly string[] | null | undefined;
	/** Address of the glossary; an entry's page is `<basePath><id>/` (default `/lexique/`). */
	basePath?: string | null | undefined;
	/** Text added inside each link for screen readers only, so the link says where it goes (default `définition dans le lexique`; empty string: none). */
	linkHint?: string | null | undefined;
	/**
	 * MDX components whose children are prose and may be annotated (default: Starlight's `Aside`,
	 * `Card`, `CardGrid`, `Steps`, `Tabs`, `TabItem`). The children of any other component are left
	 * alone: a component may render them inside a link or a button.
	 */
	proseComponents?: readonly string[] | null | undefined;
	/** The glossary (default: the content root's `lexique/`, read and validated once by `loadGlossary()`). */
	glossary?: readonly GlossaryEntry[] | null | undefined;
	/** Folder of the pages, to resolve `skipPages` (default: `pages/` of `contentRoot()`). */
	pagesDirectory?: string | null | undefined;
}

/** No options: every default applies. */
export const emptyOptions: Readonly<Options> = {};

export const defaultSkipPages: readonly string[] = ['lexique'];
export const defaultProseComponents: readonly string[] = ['Aside', 'Card', 'CardGrid', 'Steps', 'Tabs', 'TabItem'];
export const defaultLinkHint = 'définition dans le lexique';

/** Elements whose text is never annotated: headings, links, code, interactive and embedded content. */
const skippedTags = new Set(['a', 'abbr', 'audio', 'button', 'canvas', 'code', 'dfn', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'iframe', 'kbd', 'label', 'math', 'noscript', 'object', 'option', 'pre', 'samp', 'script', 'select', 'style', 'summary', 'svg', 'template', 'textarea', 'title', 'var', 'video']);
/** Class that authors put on an element to keep its text out of the annotation (`<span class="sans-lexique">`). */
export const optOutClass = 'sans-lexique';

/** An MDX element in the tree (`<Aside>`, `<div>`), as `@mdx-js/mdx` hands it to rehype plugins. */
interface JsxElement {
	type: 'mdxJsxFlowElement' | 'mdxJsxTextElement';
	name: string | null;
	attributes: { type: string; name?: string; value?: unknown }[];
	children: ElementContent[];
}
type Parent = Root | Element | JsxElement;

const matcherCache = new WeakMap<readonly GlossaryEntry[], Map<string, GlossaryMatcher>>();

/** The matcher of a glossary for a set of kinds, compiled once and reused for every page. */
function matcherFor(glossary: readonly GlossaryEntry[], kinds: readonly GlossaryKindId[]): GlossaryMatcher {
	const key = [...kinds].sort().join('|');
	const byKinds = matcherCache.get(glossary) ?? new Map<string, GlossaryMatcher>();
	matcherCache.set(glossary, byKinds);
	let matcher = byKinds.get(key);
	if (!matcher) {
		const wanted = new Set(kinds);
		matcher = createMatcher(glossary.filter((entry) => entry.annotate && wanted.has(entry.kind)));
		byKinds.set(key, matcher);
	}
	return matcher;
}

/** Whether a page (absolute path) is one of `skipPages`. */
function isSkippedPage(path: string | undefined, pagesDirectory: string, skipPages: readonly string[]): boolean {
	if (!path) return false;
	const inside = relative(pagesDirectory, path).split(sep).join('/');
	if (inside.startsWith('..')) return false;
	const page = inside.replace(/\.(md|mdx|markdown)$/, '').replace(/\/index$/, '');
	return skipPages.some((pattern) => (pattern.endsWith('/**') ? page === pattern.slice(0, -3) || page.startsWith(pattern.slice(0, -2)) : page === pattern));
}

function classesOf(node: Element | JsxElement): string[] {
	if (node.type === 'element') {
		const value: unknown = node.properties['className'];
		return Array.isArray(value) ? value.map(String) : typeof value === 'string' ? value.split(/\s+/) : [];
	}
	const attribute = node.attributes.find((item) => item.type === 'mdxJsxAttribute' && (item.name === 'class' || item.name === 'className'));
	return typeof attribute?.value === 'string' ? attribute.value.split(/\s+/) : [];
}

/** Elements that never have a closing tag, so raw HTML does not leave them open. */
const voidTags = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
const rawTag = /<(\/?)([a-zA-Z][\w-]*)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/g;

/**
 * Nodes that sit between raw HTML tags of a skipped element. In Markdown pages, inline HTML such as
 * `<a href="…">la CRIP</a>` reaches rehype as separate `raw` siblings (open tag, text, close tag) and
 * is only parsed after the plugins run: the text in between must be left alone too.
 */
function nodesInsideRawSkippedTags(tree: Root): WeakSet<object> {
	const inside = new WeakSet<object>();
	visit(tree, (node) => {
		// `raw` is added to hast's node types by mdast-util-to-hast; read the children loosely.
		const children = ('children' in node ? node.children : []) as { type: string; value?: string }[];
		if (!children.some((child) => child.type === 'raw')) return;
		const open: { name: string; skip: boolean }[] = [];
		for (const child of children) {
			if (child.type !== 'raw') {
				if (open.some((tag) => tag.skip)) inside.add(child);
				continue;
			}
			for (const [, closing, name = '', attributes = '', selfClosing] of (child.value ?? '').matchAll(rawTag)) {
				const tagName = name.toLowerCase();
				if (closing) {
					const index = open.map((tag) => tag.name).lastIndexOf(tagName);
					if (index >= 0) open.length = index;
				} else if (!selfClosing && !voidTags.has(tagName)) {
					const classes = /\bclass\s*=\s*["']([^"']*)["']/.exec(attributes)?.[1]?.split(/\s+/) ?? [];
					open.push({ name: tagName, skip: skippedTags.has(tagName) || classes.includes(optOutClass) });
				}
			}
		}
	});
	return inside;
}

/**
 * Marks the first occurrence of each glossary term in a page: an acronym becomes
 * `<a href="/lexique/ase/" class="glossary-term"><abbr title="Aide sociale à l’enfance">ASE</abbr><span class="sr-only">…</span></a>`,
 * another term a link to its entry. Headings, links, code, interactive elements, components that
 * are not prose and pages of `skipPages` are left as they are. Runs on Markdown and MDX pages
 * (registered in `plugins.ts`); the glossary is loaded and compiled once, not per page.
 */
export default function rehypeGlossary(options?: Readonly<Options> | null) {
	const settings = options ?? emptyOptions;
	const firstOnly = settings.firstOnly ?? true;
	const kinds = settings.kinds ?? glossaryKindIds;
	const skipPages = settings.skipPages ?? defaultSkipPages;
	const basePath = settings.basePath ?? glossaryBasePath;
	const linkHint = settings.linkHint ?? defaultLinkHint;
	const proseComponents = new Set(settings.proseComponents ?? defaultProseComponents);
	const pagesDirectory = settings.pagesDirectory ?? `${contentRoot()}/pages`;
	const glossary = settings.glossary ?? loadGlossary();
	const matcher = matcherFor(glossary, kinds);

	function isExcluded(node: Parent): boolean {
		if (node.type === 'root') return false;
		if (classesOf(node).includes(optOutClass)) return true;
		// Text hidden from assistive technologies (an aside's title is repeated in its label) must not hold a link.
		if (node.type === 'element') return skippedTags.has(node.tagName) || ['true', true].includes(node.properties['ariaHidden'] as string | boolean);
		if (node.attributes.some((item) => item.type === 'mdxJsxAttribute' && item.name === 'aria-hidden' && item.value === 'true')) return true;
		const name = node.name ?? '';
		if (/^[a-z][a-z0-9]*$/.test(name)) return skippedTags.has(name);
		return !proseComponents.has(name);
	}

	function annotation(match: TermMatch): Element {
		const { entry } = match;
		const label: ElementContent = match.isAcronym
			? { type: 'element', tagName: 'abbr', properties: { title: entry.expansion ?? entry.term, ...(entry.lang ? { lang: entry.lang } : {}) }, children: [{ type: 'text', value: match.text }] }
			: entry.lang
				? { type: 'element', tagName: 'span', properties: { lang: entry.lang }, children: [{ type: 'text', value: match.text }] }
				: { type: 'text', value: match.text };
		const children: ElementContent[] = [label];
		if (linkHint) {
			children.push({ type: 'element', tagName: 'span', properties: { className: ['sr-only'], dataPagefindIgnore: '' }, children: [{ type: 'text', value: ` (${linkHint})` }] });
		}
		return { type: 'element', tagName: 'a', properties: { href: `${basePath}${entry.id}/`, className: ['glossary-term'] }, children };
	}

	return function transform(tree: Root, file: { path?: string | undefined }): void {
		if (isSkippedPage(file.path, pagesDirectory, skipPages)) return;
		const seen = new Set<string>();
		const insideRaw = nodesInsideRawSkippedTags(tree);
		visitParents(tree, 'text', (node: Text, ancestors) => {
			const parents = ancestors as unknown as Parent[];
			if (insideRaw.has(node) || parents.some((parent) => insideRaw.has(parent) || isExcluded(parent))) return;
			const matches = matcher.find(node.value).filter((match) => {
				if (firstOnly && seen.has(match.entry.id)) return false;
				seen.add(match.entry.id);
				return true;
			});
			if (matches.length === 0) return;
			const pieces: ElementContent[] = [];
			let offset = 0;
			for (const match of matches) {
				if (match.start > offset) pieces.push({ type: 'text', value: node.value.slice(offset, match.start) });
				pieces.push(annotation(match));
				offset = match.end;
			}
			if (offset < node.value.length) pieces.push({ type: 'text', value: node.value.slice(offset) });
			const parent = parents[parents.length - 1]!;
			const index = (parent.children as unknown[]).indexOf(node);
			(parent.children as unknown[]).splice(index, 1, ...pieces);
			return [SKIP, index + pieces.length];
		});
	};
}
