import { describe, expect, it } from 'vitest';
import { loadPartners } from '../../src/partners/load';
import { loadEmergencyNumbers } from '../../src/territory/load';
import { sourcedContactValues } from '../../src/lib/sourced-contacts';
import { categories } from '../../src/partners/taxonomy';

/** Ids agreed between branches: other parts of the site link to these partner pages. */
const agreedIds = [
	'cdef-63', 'adepape-63', 'adsea-63', 'alteris', 'anef-63', 'assistants-familiaux', 'cmp-enfants',
	'chu-victimologie-enfants', 'dispensaire-emile-roux', 'planning-familial-63', 'maison-des-adolescents',
	'solidarite-sante-63', 'infirmieres-scolaires', 'avec-63', 'ce-cler', 'fjt-corum-saint-jean', 'fjt-le-phare',
	'mission-locale-clermont', 'e2c-63', 'juges-des-enfants', 'parquet-des-mineurs', 'pjj',
	'brigade-protection-famille', 'service-social-eleves', 'ars', 'conseil-departemental-dppe', 'ddets-63',
	'prefecture-63-cdlp', 'allo-119', 'fondation-droit-d-enfance-pare', 'acpe', 'amicale-du-nid', 'cvm', 'unaforis',
];

describe('the partners of content/partenaires', () => {
	const partners = loadPartners();

	it('are all valid and include every agreed id', () => {
		const ids = partners.map((partner) => partner.id);
		for (const id of agreedIds) expect(ids).toContain(id);
	});

	it('are each stored in a file named after their id', () => {
		for (const partner of partners) expect(partner.sourceFile).toMatch(new RegExp(`/${partner.id}\\.yaml$`));
	});

	it('cover every category of the directory', () => {
		const used = new Set(partners.map((partner) => partner.category));
		for (const category of categories) expect(used, category.id).toContain(category.id);
	});

	it('give the 119 the same number as the emergency block, with a source', () => {
		const emergency = loadEmergencyNumbers().find((entry) => entry.id === 'allo-119');
		const phone = partners.find((partner) => partner.id === 'allo-119')?.contacts.find((contact) => contact.kind === 'telephone');
		expect(phone?.value).toBe(emergency?.number);
		expect(phone?.source.url).toBe(emergency?.source.url);
	});

	it('add their phones to the sourced contacts the site may show', () => {
		const { phones } = sourcedContactValues();
		for (const partner of partners) {
			for (const contact of partner.contacts) if (contact.kind === 'telephone') expect(phones).toContain(contact.value.replace(/\D/g, ''));
		}
	});

	it('name roles, never people, as referents', () => {
		for (const partner of partners) if (partner.referent) expect(partner.referent).toMatch(/^[a-zà-ÿ]/);
	});
});
