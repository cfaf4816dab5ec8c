import { pathToFileURL } from 'node:url';
import { unified } from '@astrojs/markdown-remark';
import { describe, expect, it } from 'vitest';
import { frenchSpacing } from '../../src/lib/french-spacing';
import rehypeFrenchSpacing from '../../src/markdown/rehype-french-spacing';
import { rehypePlugins } from '../../src/markdown/plugins';

/** Shows no-break spaces as « ~ » so expectations are readable. */
const show = (text: string) => text.replaceAll('\u00a0', '~');

describe('frenchSpacing', () => {
	it('keeps high punctuation and guillemets on the line of the word before', () => {
		expect(show(frenchSpacing('Oui : danger ; vraiment ? Non ! « pré carré »'))).toBe('Oui~: danger~; vraiment~? Non~! «~pré carré~»');
	});
	it('keeps the groups of a number together', () => {
		expect(show(frenchSpacing('entre 7 000 et 10 000, soit 1 641 850 € ou 40 962,12 €'))).toBe('entre 7~000 et 10~000, soit 1~641~850~€ ou 40~962,12~€');
	});
	it('keeps a percentage and « n° » with their number', () => {
		expect(show(frenchSpacing('98 % des places, loi n° 2002-305'))).toBe('98~% des places, loi n°~2002-305');
	});
	it('leaves years, dates and ordinary spaces alone', () => {
		const text = 'de 2021 à 2022, le 4 mars 2002, 15 à 17 ans, https://exemple.fr/a?b=1';
		expect(frenchSpacing(text)).toBe(text);
	});
	it('replaces a narrow no-break space typed by hand with the site-wide one', () => {
		expect(show(frenchSpacing('Pourquoi\u202f?'))).toBe('Pourquoi~?');
	});
});

async function render(markdown: string): Promise<string> {
	const renderer = await unified({ smartypants: false, rehypePlugins: [rehypeFrenchSpacing] }).createRenderer({ syntaxHighlight: false });
	const { code } = await renderer.render(markdown, { fileURL: pathToFileURL('/site/content/pages/page.md') });
	return show(code);
}

describe('rehype-french-spacing', () => {
	it('applies to text, across inline elements', async () => {
		expect(await render('**Oui** : voir [la page](/x/) ; 1 300 jeunes.')).toBe('<p><strong>Oui</strong>~: voir <a href="/x/">la page</a>~; 1~300 jeunes.</p>');
	});
	it('leaves code as written', async () => {
		expect(await render('Écrire `a : b` tel quel.')).toBe('<p>Écrire <code>a : b</code> tel quel.</p>');
	});
	it('is registered for every page', () => {
		expect(rehypePlugins).toContain(rehypeFrenchSpacing);
	});
});
