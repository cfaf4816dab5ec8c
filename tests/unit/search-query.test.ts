import { describe, expect, it } from 'vitest';
import { normaliseQuery, resultCountMessage } from '../../src/search/query';

describe('search query', () => {
	it('turns typographic apostrophes into the straight one the index uses', () => {
		expect(normaliseQuery('  l’hébergement   d‘urgence ')).toBe("l'hébergement d'urgence");
	});

	it('says how many results were found, in French, with the right plural', () => {
		expect(resultCountMessage(0, 'xyz')).toMatch(/^Aucun résultat pour « xyz »/);
		expect(resultCountMessage(1, 'crip')).toBe('1 résultat pour « crip »');
		expect(resultCountMessage(1234, 'ase').replace(/\u202f/g, ' ')).toBe('1 234 résultats pour « ase »');
	});
});
