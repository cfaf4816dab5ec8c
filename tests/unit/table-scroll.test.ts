import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import type { Root } from 'hast';
import { h } from 'hastscript';
import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import rehypeTableScroll, { tableScrollLabel } from '../../src/markdown/rehype-table-scroll';
import { rehypePlugins } from '../../src/markdown/plugins';

async function render(markdown: string): Promise<string> {
	const renderer = await unified({ smartypants: false, rehypePlugins: [rehypeTableScroll] }).createRenderer({ syntaxHighlight: false });
	const { code } = await renderer.render(markdown, { fileURL: pathToFileURL('/site/content/pages/page.md') });
	return code;
}

const table = '| Chiffre | Source |\n| --- | --- |\n| 7 000 | Plan national |';

describe('rehype-table-scroll', () => {
	it('puts a table in a focusable region named after the heading above it', async () => {
		const html = await render(`## En France\n\n${table}`);
		expect(html).toMatch(/<div class="table-scroll" role="region" tabindex="0" aria-label="Tableau : En France"><table>/);
		expect(html).toMatch(/<\/table><\/div>$/);
	});
	it('names each table after its own heading', async () => {
		const html = await render(`## Premier\n\n${table}\n\n## Second\n\n${table}`);
		expect(html).toContain('aria-label="Tableau : Premier"');
		expect(html).toContain('aria-label="Tableau : Second"');
	});
	it('prefers the caption of the table to the heading', () => {
		const tree: Root = h(null, [h('h2', 'Budget'), h('table', [h('caption', 'Plan de financement, par année'), h('tr', [h('td', '1')])])]);
		rehypeTableScroll()(tree);
		expect(toHtml(tree)).toContain('<div class="table-scroll" role="region" tabindex="0" aria-label="Tableau : Plan de financement, par année"><table><caption>');
	});
	it('still names a table that has no heading above it', async () => {
		expect(await render(table)).toContain('aria-label="Tableau"');
	});
	it('leaves pages without tables unchanged', async () => {
		expect(await render('Un paragraphe.')).toBe('<p>Un paragraphe.</p>');
	});
	it('collapses white space in the name', () => {
		expect(tableScrollLabel('  Budget\n  prévisionnel ')).toBe('Tableau : Budget prévisionnel');
	});
	it('is registered for every page', () => {
		expect(rehypePlugins).toContain(rehypeTableScroll);
	});
});
