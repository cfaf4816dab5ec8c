/**
 * French phone numbers as coordinators type them (`04 73 00 00 00`, `04.73.00.00.00`,
 * `+33 4 73 00 00 00`, or a short number such as `119` or `3919`).
 */

const allowedCharacters = /^\+?[\d\s.\u00a0]+$/;

/** Digits of a number as dialled in France (`+33 4 73...` becomes `0473...`). */
export function phoneDigits(text: string): string {
	const digits = text.replace(/\D/g, '');
	return text.trim().startsWith('+33') && digits.length === 11 ? `0${digits.slice(2)}` : digits;
}

/** Whether `text` is a short number (3 or 4 digits) or a ten-digit French number starting with 0. */
export function isFrenchPhone(text: string): boolean {
	if (!allowedCharacters.test(text.trim())) return false;
	const digits = phoneDigits(text);
	return /^\d{3,4}$/.test(digits) || /^0[1-9]\d{8}$/.test(digits);
}

/** The number written the French way: `04 73 00 00 00`; short numbers unchanged (`119`). */
export function formatPhone(text: string): string {
	const digits = phoneDigits(text);
	return digits.length === 10 ? digits.replace(/(\d{2})(?=\d)/g, '$1 ') : digits;
}

/** `tel:` URI of a number (RFC 3966): `tel:+33473000000`, or `tel:119` for a short number. */
export function telUri(text: string): string {
	const digits = phoneDigits(text);
	return digits.length === 10 ? `tel:+33${digits.slice(1)}` : `tel:${digits}`;
}
