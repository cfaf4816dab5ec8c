import { describe, expect, it } from 'vitest';
import { normaliseApostrophes } from '../../src/search/apostrophes';

describe('normaliseApostrophes', () => {
	it('turns every elision apostrophe into the straight one', () => {
		expect(normaliseApostrophes('l’hébergement, d‘urgence, qu\u02BCil, s’il, n’a')).toBe("l'hébergement, d'urgence, qu'il, s'il, n'a");
	});

	it('leaves straight apostrophes, quotes and other text alone', () => {
		const text = `l'école « citation » "guillemets" mineur·es`;
		expect(normaliseApostrophes(text)).toBe(text);
	});

	it('works inside HTML without touching the markup', () => {
		expect(normaliseApostrophes('<h2 id="en-cas-durgence">En cas d’urgence</h2>')).toBe(`<h2 id="en-cas-durgence">En cas d'urgence</h2>`);
	});
});
