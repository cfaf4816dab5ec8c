import type { Contact, ContactKind, Partner } from '../schemas/partner';

/** Order and French labels of contact kinds, as shown on cards and partner pages. */
export const contactKindLabels: Record<ContactKind, string> = {
	telephone: 'Téléphone',
	courriel: 'Courriel',
	site: 'Site web',
	adresse: 'Adresse',
	horaires: 'Horaires',
};

const kindOrder = Object.keys(contactKindLabels) as ContactKind[];

/** The partner's contacts in display order (phone first, then e-mail, website, address, hours). */
export function orderedContacts(partner: Pick<Partner, 'contacts'>): Contact[] {
	return [...partner.contacts].sort((a, b) => kindOrder.indexOf(a.kind) - kindOrder.indexOf(b.kind));
}

/** Whether the partner has any sourced contact detail (otherwise pages say « coordonnées à confirmer »). */
export function hasContacts(partner: Pick<Partner, 'contacts'>): boolean {
	return partner.contacts.length > 0;
}

/** Most recent `checkedOn` among the partner's contacts, or undefined when it has none. */
export function lastContactCheck(partner: Pick<Partner, 'contacts'>): string | undefined {
	return partner.contacts.map((contact) => contact.checkedOn).sort().at(-1);
}

/** Number of whole months between two ISO dates (AAAA-MM-JJ), `later` after `earlier`. */
export function monthsBetween(earlier: string, later: string): number {
	const [y1, m1, d1] = earlier.split('-').map(Number) as [number, number, number];
	const [y2, m2, d2] = later.split('-').map(Number) as [number, number, number];
	return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

/** Why a partner's contacts need attention: none at all, or some checked more than `maxMonths` ago. */
export interface ContactReview {
	id: string;
	name: string;
	sourceFile?: string;
	missing: boolean;
	/** Contacts checked more than `maxMonths` months before `today`. */
	stale: Contact[];
	/** Whether the partner has no commune (it cannot appear on the map). */
	noCommune: boolean;
}

/**
 * Reviews every partner's contacts on `today` (AAAA-MM-JJ): which have none, which have contacts
 * checked more than `maxMonths` months ago (12 by default).
 */
export function reviewContacts<P extends Partner & { sourceFile?: string }>(partners: readonly P[], today: string, maxMonths = 12): ContactReview[] {
	return partners.map((partner) => ({
		id: partner.id,
		name: partner.name,
		...(partner.sourceFile ? { sourceFile: partner.sourceFile } : {}),
		missing: partner.contacts.length === 0,
		stale: partner.contacts.filter((contact) => monthsBetween(contact.checkedOn, today) >= maxMonths && contact.checkedOn < today),
		noCommune: partner.commune === undefined,
	}));
}
