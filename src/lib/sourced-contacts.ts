import { loadPartners } from '../partners/load';
import { loadEmergencyNumbers } from '../territory/load';

/**
 * Every phone number and e-mail address the site may show, because each comes from a sourced
 * entry of `content/` (emergency numbers, and partners' contacts, each of which carries its source).
 * Checks over pages and over `dist/` compare what they find with this list.
 * Phone numbers are returned as digits only (`0473000000`), e-mails in lower case.
 */
export function sourcedContactValues(): { phones: Set<string>; emails: Set<string> } {
	const phones = new Set<string>();
	const emails = new Set<string>();
	for (const entry of loadEmergencyNumbers()) phones.add(entry.number);
	for (const partner of loadPartners()) {
		for (const contact of partner.contacts) {
			if (contact.kind === 'telephone') phones.add(normalisePhone(contact.value));
			if (contact.kind === 'courriel') emails.add(contact.value.toLowerCase());
		}
	}
	return { phones, emails };
}

/** Digits of a phone number as written on a page (`04 73 00 00 00`, `+33 4 73...` -> `0473000000`). */
export function normalisePhone(text: string): string {
	const digits = text.replace(/\D/g, '');
	return digits.startsWith('33') && digits.length === 11 ? `0${digits.slice(2)}` : digits;
}
