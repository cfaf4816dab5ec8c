import { loadEmergencyNumbers } from '../territory/load';

/**
 * Every phone number and e-mail address the site may show, because each comes from a sourced
 * entry of `content/` (emergency numbers; partners' contacts are added by the partner module).
 * Checks over pages and over `dist/` compare what they find with this list.
 * Phone numbers are returned as digits only (`0473000000`), e-mails in lower case.
 */
export function sourcedContactValues(): { phones: Set<string>; emails: Set<string> } {
	const phones = new Set<string>();
	const emails = new Set<string>();
	for (const entry of loadEmergencyNumbers()) phones.add(entry.number);
	return { phones, emails };
}

/** Digits of a phone number as written on a page (`04 73 00 00 00`, `+33 4 73...` -> `0473000000`). */
export function normalisePhone(text: string): string {
	const digits = text.replace(/\D/g, '');
	return digits.startsWith('33') && digits.length === 11 ? `0${digits.slice(2)}` : digits;
}
