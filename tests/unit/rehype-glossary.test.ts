import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { unified as astroUnified } from '@astrojs/markdown-remark';
import { createProcessor } from '@mdx-js/mdx';
import { toHtml } from 'hast-util-to-html';
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { describe, expect, it } from 'vitest';
import rehypeGlossary, * as pluginModule from '../../src/markdown/rehype-glossary';
import { rehypePlugins } from '../../src/markdown/plugins';
import { GlossaryEntrySchema, type GlossaryEntry } from '../../src/schemas/glossary';

/**
 * Fixture folders `tests/fixtures/rehype-glossary/<case>/{input.md|input.mdx, config.json, output.html}`
 * run through the real processors (Astro's unified Markdown processor, MDX's processor).
 * `UPDATE_FIXTURES=1 npx vitest run tests/unit/rehype-glossary.test.ts` rewrites the expected HTML;
 * read the diff before committing it.
 */
const fixtures = join(import.meta.dirname, '../fixtures/rehype-glossary');
const update = process.env.UPDATE_FIXTURES === '1';
const glossary: GlossaryEntry[] = JSON.parse(readFileSync(join(fixtures, 'glossary.json'), 'utf8')).map((entry: unknown) => GlossaryEntrySchema.parse(entry));

type Config = pluginModule.Options;

/** Renders Markdown the way Astro renders `.md` pages (unified processor, smart punctuation off). */
async function renderMarkdown(markdown: string, config: Config = {}, path = '/site/content/pages/guide.md'): Promise<string> {
	const renderer = await astroUnified({ smartypants: false, rehypePlugins: [[rehypeGlossary, { glossary, ...config }]] }).createRenderer({ syntaxHighlight: false });
	const { code } = await renderer.render(markdown, { fileURL: pathToFileURL(path) });
	return code;
}

/** Turns MDX elements into plain elements so the tree the plugin produced can be printed as HTML. */
function mdxToHast(node: RootContent | Root): RootContent | Root {
	const anyNode = node as unknown as { type: string; name?: string; attributes?: { type: string; name: string; value: unknown }[]; children?: RootContent[] };
	if (anyNode.type === 'mdxjsEsm' || anyNode.type === 'mdxFlowExpression' || anyNode.type === 'mdxTextExpression') {
		return { type: 'text', value: '' };
	}
	if (anyNode.type === 'mdxJsxFlowElement' || anyNode.type === 'mdxJsxTextElement') {
		const properties: Record<string, string> = {};
		for (const attribute of anyNode.attributes ?? []) if (typeof attribute.value === 'string') properties[attribute.name === 'className' ? 'class' : attribute.name] = attribute.value;
		return { type: 'element', tagName: anyNode.name ?? 'fragment', properties, children: (anyNode.children ?? []).map((child) => mdxToHast(child) as ElementContent) } satisfies Element;
	}
	if ('children' in node) return { ...node, children: node.children.map((child) => mdxToHast(child)) } as Root;
	return node;
}

/** Compiles MDX with MDX's own processor (as Astro does) and prints the tree after the glossary plugin. */
async function renderMdx(mdx: string, config: Config = {}): Promise<string> {
	let html = '';
	const capture = () => (tree: Root) => {
		html = toHtml(mdxToHast(tree) as Root);
	};
	await createProcessor({ format: 'mdx', rehypePlugins: [[rehypeGlossary, { glossary, ...config }], capture] }).process({ value: mdx, path: '/site/content/pages/guide.mdx' });
	return html;
}

describe('rehype-glossary fixtures', () => {
	const cases = readdirSync(fixtures, { withFileTypes: true }).filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();

	it('has fixture cases to run', () => {
		expect(cases.length).toBeGreaterThanOrEqual(10);
	});

	for (const name of cases) {
		it(`renders ${name} as expected`, async () => {
			const folder = join(fixtures, name);
			const isMdx = existsSync(join(folder, 'input.mdx'));
			const input = readFileSync(join(folder, isMdx ? 'input.mdx' : 'input.md'), 'utf8');
			const config = JSON.parse(readFileSync(join(folder, 'config.json'), 'utf8')) as Config;
			const actual = `${(isMdx ? await renderMdx(input, config) : await renderMarkdown(input, config)).trim()}\n`;
			const expectedFile = join(folder, 'output.html');
			if (update || !existsSync(expectedFile)) {
				if (!update) throw new Error(`output.html manque pour ${name} : lancez avec UPDATE_FIXTURES=1 puis relisez-le`);
				writeFileSync(expectedFile, actual);
			}
			expect(actual).toBe(readFileSync(expectedFile, 'utf8'));
		});
	}
});

describe('rehype-glossary', () => {
	it('exposes the plugin, its defaults and an empty-options constant', () => {
		expect(Object.keys(pluginModule).sort()).toEqual(['default', 'defaultLinkHint', 'defaultProseComponents', 'defaultSkipPages', 'emptyOptions', 'optOutClass']);
		expect(pluginModule.emptyOptions).toEqual({});
	});

	it('is registered for every Markdown and MDX page in plugins.ts', () => {
		expect(rehypePlugins.some((plugin) => Array.isArray(plugin) && plugin[0] === rehypeGlossary)).toBe(true);
	});

	it('gives the first ASE its expansion and a link to its glossary entry', async () => {
		const html = await renderMarkdown('Un enfant confié à l’ASE.');
		expect(html).toContain('à l’<a href="/lexique/ase/" class="glossary-term"><abbr title="Aide sociale à l&#x27;enfance">ASE</abbr>');
	});

	it('says where the link goes, for screen readers only, and keeps that text out of the search index', async () => {
		const html = await renderMarkdown('La CRIP évalue.');
		expect(html).toContain('<span class="sr-only" data-pagefind-ignore=""> (définition dans le lexique)</span></a>');
	});

	it('links words without an abbr and acronyms with one', async () => {
		const html = await renderMarkdown('Le michetonnage et la CRIP.');
		expect(html).toContain('<a href="/lexique/michetonnage/" class="glossary-term">michetonnage<span');
		expect(html).toMatch(/<a href="\/lexique\/crip\/" class="glossary-term"><abbr title="Cellule de recueil des informations préoccupantes">CRIP<\/abbr>/);
	});

	it('matches the capitalised first word of a sentence but never lowercase acronyms', async () => {
		const html = await renderMarkdown('Michetonnage : le mot. Une base, une ase.');
		expect(html).toContain('href="/lexique/michetonnage/"');
		expect(html).not.toContain('/lexique/ase/');
	});

	it('leaves the pages of skipPages untouched', async () => {
		const markdown = 'L’ASE et la CRIP.';
		expect(await renderMarkdown(markdown, { pagesDirectory: '/site/content/pages' }, '/site/content/pages/lexique.md')).not.toContain('glossary-term');
		expect(await renderMarkdown(markdown, { pagesDirectory: '/site/content/pages', skipPages: ['guides/**'] }, '/site/content/pages/guides/a/b.md')).not.toContain('glossary-term');
		expect(await renderMarkdown(markdown, { pagesDirectory: '/site/content/pages' }, '/site/content/pages/guides/a.md')).toContain('glossary-term');
	});

	it('never puts a link in text hidden from assistive technologies, such as an aside’s title', async () => {
		const attacher = rehypeGlossary as unknown as (options?: Config) => (tree: Root, file: { path?: string | undefined }) => void;
		const tree: Root = {
			type: 'root',
			children: [
				{ type: 'element', tagName: 'p', properties: { className: ['starlight-aside__title'], ariaHidden: 'true' }, children: [{ type: 'text', value: 'La CRIP' }] },
				{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'La CRIP décide.' }] },
			],
		};
		attacher({ glossary })(tree, {});
		expect(toHtml(tree)).toBe('<p class="starlight-aside__title" aria-hidden="true">La CRIP</p><p>La <a href="/lexique/crip/" class="glossary-term"><abbr title="Cellule de recueil des informations préoccupantes">CRIP</abbr><span class="sr-only" data-pagefind-ignore=""> (définition dans le lexique)</span></a> décide.</p>');
		expect(await renderMdx('<p aria-hidden="true">La CRIP</p>\n\nLa CRIP décide.')).toContain('<p aria-hidden="true">La CRIP</p>');
	});

	it('uses another base path when the glossary lives elsewhere', async () => {
		expect(await renderMarkdown('La CRIP.', { basePath: '/glossaire/' })).toContain('href="/glossaire/crip/"');
	});

	it('never nests a link in a link or a heading, whatever the page holds', async () => {
		const html = await renderMarkdown('# ASE\n\n[La CRIP et l’ASE](/x/)\n\n- l’ASE en liste\n');
		expect(html).not.toMatch(/<a [^>]*>[^<]*<a /);
		expect(html).not.toMatch(/<h1[^>]*>.*glossary-term.*<\/h1>/);
		expect(html).toContain('<li>l’<a href="/lexique/ase/"');
	});

	it('uses the content root’s glossary, loaded once, when no glossary is given', async () => {
		const attacher = rehypeGlossary as unknown as (options?: Config) => (tree: Root, file: { path?: string | undefined }) => void;
		const tree: Root = { type: 'root', children: [{ type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: 'La CRIP et les MECS.' }] }] };
		attacher()(tree, { path: undefined });
		const html = toHtml(tree);
		expect(html).toContain('href="/lexique/crip/"');
		expect(html).toContain('href="/lexique/mecs/"');
	});
});
