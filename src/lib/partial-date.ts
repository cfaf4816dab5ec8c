/**
 * Dates known to the year, the month or the day (« 1960 », « novembre 2021 », « 4 mars 2002 »):
 * the legal framework and the history of the pilot organisation are dated as precisely as their
 * source allows, never more.
 */

/** `AAAA`, `AAAA-MM` or `AAAA-MM-JJ`. */
export const partialDatePattern = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

const monthYear = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const dayMonthYear = new Intl.DateTimeFormat('fr-FR', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/**
 * French wording of a partial date: « 1960 », « novembre 2021 », « 4 mars 2002 »
 * (« 1er » for the first day of a month, as French writes it).
 * @param value `AAAA`, `AAAA-MM` or `AAAA-MM-JJ`
 */
export function formatPartialDate(value: string): string {
	if (!partialDatePattern.test(value)) throw new Error(`Date partielle invalide : « ${value} » (attendu AAAA, AAAA-MM ou AAAA-MM-JJ)`);
	const [year, month, day] = value.split('-').map(Number) as [number, number?, number?];
	if (month === undefined) return String(year);
	if (day === undefined) return monthYear.format(Date.UTC(year, month - 1, 1));
	const text = dayMonthYear.format(Date.UTC(year, month - 1, day));
	return day === 1 ? text.replace(/^1 /, '1er ') : text;
}

/** Year of a partial date. */
export function partialDateYear(value: string): number {
	return Number(value.slice(0, 4));
}

/**
 * Compares two partial dates chronologically; a date known only to the year comes before the
 * dated events of that year (it is read as « au cours de l'année »).
 */
export function comparePartialDates(a: string, b: string): number {
	const key = (value: string) => (value.length === 4 ? `${value}-00-00` : value.length === 7 ? `${value}-00` : value);
	return key(a).localeCompare(key(b));
}
