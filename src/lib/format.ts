/**
 * French formats used everywhere on the site (dates, numbers, money, shares), so that every page
 * writes « 40 962,12 € », « 87 % » and « 29 novembre 2026 » the same way.
 */

const locale = 'fr-FR';
const timeZone = 'Europe/Paris';

/** « 29 novembre 2026 » for an ISO date (AAAA-MM-JJ) or a Date. */
export function formatDate(value: string | Date): string {
	const date = typeof value === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(value) ? new Date(`${value}T12:00:00Z`) : new Date(value);
	return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone }).format(date);
}

/** « 40 962,12 » with French grouping; `digits` fixes the number of decimals (default: up to 2). */
export function formatNumber(value: number, digits?: number): string {
	const options: Intl.NumberFormatOptions = digits === undefined ? { maximumFractionDigits: 2 } : { minimumFractionDigits: digits, maximumFractionDigits: digits };
	return new Intl.NumberFormat(locale, options).format(value);
}

/** « 40 962,12 € » */
export function formatEuros(value: number): string {
	return new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(value);
}

/** « 87 % » for 0.87; `digits` decimals (default 0). */
export function formatShare(share: number, digits = 0): string {
	return new Intl.NumberFormat(locale, { style: 'percent', minimumFractionDigits: digits, maximumFractionDigits: digits }).format(share);
}
