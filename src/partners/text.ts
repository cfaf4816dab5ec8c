/** Small text helpers for the directory's cards and pages. */

/** The first sentence of a description (up to `max` characters, cut at a word with « … »). */
export function summary(text: string, max = 220): string {
	const first = text.match(/^.+?[.!?](?=\s+[A-ZÀ-ÖØ-Þ«]|$)/)?.[0] ?? text;
	if (first.length <= max) return first;
	const cut = first.slice(0, max - 1);
	return `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}

/** « de 16 à 21 ans », « jusqu’à 18 ans », « à partir de 16 ans ». */
export function agesText(ages: { from?: number | undefined; to?: number | undefined; note?: string | undefined }): string {
	const range =
		ages.from !== undefined && ages.to !== undefined
			? ages.from === 0
				? `jusqu’à ${ages.to} ans`
				: `de ${ages.from} à ${ages.to} ans`
			: ages.to !== undefined
				? `jusqu’à ${ages.to} ans`
				: ages.from !== undefined
					? `à partir de ${ages.from} ans`
					: '';
	return [range, ages.note].filter(Boolean).join(' ; ');
}

/** A list joined the French way: « a, b et c ». */
export function frenchList(items: readonly string[]): string {
	return new Intl.ListFormat('fr', { style: 'long', type: 'conjunction' }).format(items);
}

/** The host of a URL without `www.` (`allo119.gouv.fr`), used as visible link text. */
export function displayHost(url: string): string {
	return new URL(url).hostname.replace(/^www\./, '');
}
