/**
 * Apostrophes that French text uses for elision (« l’hébergement », « qu’il »): the typographic
 * apostrophe U+2019, the opening quote U+2018 that word processors sometimes put instead, the
 * modifier letter U+02BC and the prime U+2032 that some phone keyboards give. Pagefind splits
 * words on the straight apostrophe only, so a word after any of these would be indexed glued to
 * its article (`l’heberg`) and never found.
 */
const elisionApostrophes = /[\u2018\u2019\u02BC\u2032]/g;

/**
 * Replaces every elision apostrophe by the straight one, so that « l’hébergement » and
 * « l'hébergement » are indexed as the same two words. Applied to the HTML given to the search
 * index (the pages served keep their typography) and to what the reader types (`normaliseQuery`).
 */
export function normaliseApostrophes(text: string): string {
	return text.replace(elisionApostrophes, "'");
}
