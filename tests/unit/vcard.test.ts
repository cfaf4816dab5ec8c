import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { partnerVCard } from '../../src/partners/vcard';
import { createPartnerSchema } from '../../src/schemas/partner';

const schema = createPartnerSchema({ communeCodes: new Set(['63113']) });
const partner = schema.parse({
	id: 'essai',
	name: 'Maison d’essai, accueil et écoute',
	category: 'sante',
	description: 'Un lieu d’écoute inventé pour ce test : une virgule, des accents, deux-points et une adresse https://www.example.fr/ très longue pour forcer le repli des lignes du fichier.',
	needs: ['sante'],
	audiences: ['jeunes'],
	area: 'tout le département',
	contacts: [
		{ kind: 'horaires', value: 'du lundi au vendredi', source: { title: 'Annuaire d’essai' }, checkedOn: '2026-10-01' },
		{ kind: 'telephone', value: '04 73 00 00 00', source: { title: 'Annuaire d’essai' }, checkedOn: '2026-10-01' },
		{ kind: 'courriel', value: 'accueil@example.fr', source: { title: 'Annuaire d’essai' }, checkedOn: '2026-10-01' },
		{ kind: 'site', value: 'https://www.example.fr/', source: { title: 'Annuaire d’essai' }, checkedOn: '2026-10-01' },
		{ kind: 'adresse', lines: ['1 rue de l’Essai'], postalCode: '63000', city: 'Ville-d’Essai', source: { title: 'Annuaire d’essai' }, checkedOn: '2026-10-01' },
	],
	sources: [{ title: 'Source' }],
	checkedOn: '2026-11-29',
});
const text = partnerVCard(partner, { siteUrl: 'https://hub.example.fr', siteTitle: 'Hub' });

/** Parses with ical.js, an independent vCard (RFC 6350) parser. */
function parse(vcf: string) {
	return new ICAL.Component(ICAL.parse(vcf) as unknown as unknown[]);
}

describe('partnerVCard', () => {
	it('writes a vCard 4.0 with CRLF line endings and lines of at most 75 characters', () => {
		expect(text.startsWith('BEGIN:VCARD\r\nVERSION:4.0\r\n')).toBe(true);
		expect(text.endsWith('END:VCARD\r\n')).toBe(true);
		const encoder = new TextEncoder();
		for (const line of text.split('\r\n')) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
	});

	it('is read back by an independent parser with the organisation and its sourced contacts', () => {
		const card = parse(text);
		expect(card.name).toBe('vcard');
		expect(card.getFirstPropertyValue('version')).toBe('4.0');
		expect(card.getFirstPropertyValue('fn')).toBe('Maison d’essai, accueil et écoute');
		expect(card.getFirstPropertyValue('kind')).toBe('org');
		expect(String(card.getFirstPropertyValue('tel'))).toBe('tel:+33473000000');
		expect(card.getFirstPropertyValue('email')).toBe('accueil@example.fr');
		expect(card.getFirstPropertyValue('url')).toBe('https://www.example.fr/');
		expect(card.getFirstPropertyValue('adr')).toEqual(['', '', '1 rue de l’Essai', 'Ville-d’Essai', '', '63000', 'France']);
		expect(card.getFirstPropertyValue('uid')).toBe('https://hub.example.fr/partenaires/essai/');
	});

	it('keeps hours, sources and check dates in the note', () => {
		const note = String(parse(text).getFirstPropertyValue('note'));
		expect(note).toContain('Horaires du lundi au vendredi');
		expect(note).toContain('vérifié le 1 octobre 2026 d’après Annuaire d’essai');
		expect(note).toContain('Fiche complète https://hub.example.fr/partenaires/essai/');
		expect(note).toContain('pour ce test : une virgule, des accents');
		expect(text).not.toContain('\\:');
	});

	it('contains no contact line for a partner without contacts', () => {
		const card = parse(partnerVCard({ ...partner, contacts: [] }, { siteUrl: 'https://hub.example.fr', siteTitle: 'Hub' }));
		expect(card.getAllProperties('tel')).toHaveLength(0);
		expect(card.getAllProperties('email')).toHaveLength(0);
		expect(card.getAllProperties('adr')).toHaveLength(0);
	});
});
