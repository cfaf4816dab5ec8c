/**
 * Text helpers shared by the glossary checks and the annotation.
 */

/** Typographic apostrophes and primes that authors paste for `'`. */
const apostrophes = /[’‘ʼ′`]/g;

/**
 * The comparison key of a term: lowercase, accents removed, apostrophes and spaces normalised,
 * so that `Lieu-Ressource`, `lieu-ressource` and `LIEU-RESSOURCE` or `Éducative`/`educative` collide.
 * @param text a term or alias as written
 * @returns the key used to detect duplicates
 */
export function comparisonKey(text: string): string {
	return text
		.normalize('NFD')
		.replace(/\p{Mn}/gu, '')
		.replace(apostrophes, "'")
		.replace(/\s+/g, ' ')
		.trim()
		.toLocaleLowerCase('fr');
}

/** Escapes a string for use inside a regular expression. */
export function escapeRegExp(text: string): string {
	return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * The letter a term is filed under in the A-Z index: its first letter without accent, uppercase;
 * `#` for a term that starts with a digit or a sign (« 119 »).
 */
export function indexLetter(term: string): string {
	const first = comparisonKey(term).replace(/^[^\p{L}\p{N}]+/u, '').replace(/^œ/, 'o').replace(/^æ/, 'a').charAt(0).toLocaleUpperCase('fr');
	return /^[A-Z]$/.test(first) ? first : '#';
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true, ignorePunctuation: true });

/** Compares two terms in French dictionary order (accents and case ignored, « 119 » before « ACPE »). */
export function compareTerms(a: string, b: string): number {
	return collator.compare(a, b);
}
