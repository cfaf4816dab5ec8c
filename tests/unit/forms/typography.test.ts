import { describe, expect, it } from 'vitest';
import { frenchSpacing } from '../../../src/forms/typography';

describe('frenchSpacing', () => {
	it('keeps guillemets, colons and question marks on the line of the word they belong to', () => {
		expect(frenchSpacing('Mots qui minimisent (« escort », « je gère ») : lesquels ? Oui !')).toBe(
			'Mots qui minimisent («\u00a0escort\u00a0», «\u00a0je gère\u00a0»)\u00a0: lesquels\u202f? Oui\u202f!',
		);
	});

	it('leaves colons inside words and times alone', () => {
		expect(frenchSpacing('Réunion à 10:30, voir https://exemple.fr')).toBe('Réunion à 10:30, voir https://exemple.fr');
	});
});
