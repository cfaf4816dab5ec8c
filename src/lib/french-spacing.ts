/**
 * French typography for running text: the spaces that must not break a line.
 *
 * Authors type ordinary spaces (« Oui : ... », « 1 300 jeunes », « 98 % »); a browser may then
 * break the line just before « : » or « ; », or between « 1 » and « 300 ». This turns those spaces
 * into no-break spaces (U+00A0), the character the pages already use in figures. Nothing else
 * changes, so the text stays searchable and the glossary still finds its terms.
 */

/** The no-break space used everywhere on the site (U+00A0). */
export const noBreakSpace = '\u00a0';

const rules: readonly [RegExp, string][] = [
	// Before the high punctuation marks and the closing guillemet: « Oui : », « pourquoi ? », « texte ».
	[/[ \t\u202f]+([:;!?»])/g, `${noBreakSpace}$1`],
	// After the opening guillemet.
	[/«[ \t\u202f]+/g, `«${noBreakSpace}`],
	// Between the groups of a number: « 1 300 », « 40 962,12 », « 7 000 à 10 000 ».
	[/(\d)[ \u202f](?=\d{3}(?!\d))/g, `$1${noBreakSpace}`],
	// Between a number and its unit sign: « 98 % », « 4 000 € ».
	[/(\d)[ \u202f]([%€])/g, `$1${noBreakSpace}$2`],
	// After « n° » (« loi n° 2002-305 »).
	[/\b(n°|N°)[ \u202f]+/g, `$1${noBreakSpace}`],
];

/**
 * Puts no-break spaces where French typography expects them.
 * @param text running text (not code, not a URL)
 * @returns the same text with the breakable spaces before « : ; ! ? » », after « « », inside
 * numbers and before « % » and « € » replaced by U+00A0
 */
export function frenchSpacing(text: string): string {
	return rules.reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}
