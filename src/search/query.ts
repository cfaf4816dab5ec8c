import { normaliseApostrophes } from './apostrophes';

/**
 * Pure helpers of the search dialog (unit-tested without a browser).
 */

/** Typographic apostrophes and quotes as typed on phones (’ ‘ ʼ) become the straight apostrophe the index uses. */
export function normaliseQuery(raw: string): string {
	return normaliseApostrophes(raw).replace(/\s+/g, ' ').trim();
}

/** « Aucun résultat pour « x » », « 1 résultat pour « x » », « 12 résultats pour « x » ». */
export function resultCountMessage(count: number, query: string): string {
	if (count === 0) return `Aucun résultat pour « ${query} ». Essayez un autre mot, sans accent ou au singulier.`;
	return `${count.toLocaleString('fr-FR')} résultat${count > 1 ? 's' : ''} pour « ${query} »`;
}

/** How many results are shown at first, and added by « Afficher plus de résultats ». */
export const resultsPerBatch = 8;
