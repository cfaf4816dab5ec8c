import { describe, expect, it } from 'vitest';
import { createPartnerSchema, type Partner } from '../../src/schemas/partner';
import { lastContactCheck, monthsBetween, orderedContacts, reviewContacts } from '../../src/partners/contacts';
import { filterPartners, filterPath } from '../../src/partners/filter';
import { agesText, summary } from '../../src/partners/text';
import { communeAnchor, partnerMarkers, spacedReferences } from '../../src/partners/map';

const schema = createPartnerSchema({ communeCodes: new Set(['63113']) });
function partner(id: string, overrides: Record<string, unknown> = {}): Partner {
	return schema.parse({
		id,
		name: `Partenaire ${id}`,
		category: 'sante',
		description: 'Une description assez longue. Une deuxième phrase qui ne sert pas au résumé.',
		needs: ['sante'],
		audiences: ['jeunes'],
		area: 'tout le département',
		sources: [{ title: 'Source' }],
		checkedOn: '2026-11-29',
		...overrides,
	});
}
const site = (checkedOn: string) => ({ kind: 'site', value: 'https://www.example.fr/', source: { title: 'Source' }, checkedOn });
const phone = (checkedOn: string) => ({ kind: 'telephone', value: '119', source: { title: 'Source' }, checkedOn });

describe('contact review', () => {
	it('counts whole months between two dates', () => {
		expect(monthsBetween('2025-11-29', '2026-11-29')).toBe(12);
		expect(monthsBetween('2025-11-30', '2026-11-29')).toBe(11);
		expect(monthsBetween('2026-01-31', '2026-03-01')).toBe(1);
	});

	it('reports partners without contacts and contacts checked more than 12 months ago', () => {
		const reviews = reviewContacts(
			[partner('sans'), partner('ancien', { contacts: [site('2025-10-01'), phone('2026-10-01')] }), partner('recent', { contacts: [site('2026-06-01')], commune: '63113' })],
			'2026-11-29',
		);
		expect(reviews.map((review) => [review.id, review.missing, review.stale.length, review.noCommune])).toEqual([
			['sans', true, 0, true],
			['ancien', false, 1, true],
			['recent', false, 0, false],
		]);
	});

	it('orders contacts phone first and finds the latest check', () => {
		const entry = partner('x', { contacts: [site('2026-01-01'), phone('2026-05-01')] });
		expect(orderedContacts(entry).map((contact) => contact.kind)).toEqual(['telephone', 'site']);
		expect(lastContactCheck(entry)).toBe('2026-05-01');
		expect(lastContactCheck(partner('y'))).toBeUndefined();
	});
});

describe('directory filters', () => {
	const partners = [
		partner('a', { category: 'sante', audiences: ['jeunes', 'familles'] }),
		partner('b', { category: 'police-justice', needs: ['protection-justice'], audiences: ['professionnels'] }),
		partner('c', { category: 'sante', audiences: ['professionnels'] }),
	];

	it('keeps partners matching every criterion', () => {
		expect(filterPartners(partners, { category: 'sante' }).map((p) => p.id)).toEqual(['a', 'c']);
		expect(filterPartners(partners, { category: 'sante', audience: 'jeunes' }).map((p) => p.id)).toEqual(['a']);
		expect(filterPartners(partners, { need: 'protection-justice' }).map((p) => p.id)).toEqual(['b']);
		expect(filterPartners(partners, {}).map((p) => p.id)).toEqual(['a', 'b', 'c']);
	});

	it('gives each filter a page address that works without JavaScript', () => {
		expect(filterPath({})).toBe('/partenaires/');
		expect(filterPath({ category: 'sante' })).toBe('/partenaires/categorie/sante/');
		expect(filterPath({ category: 'sante', audience: 'jeunes' })).toBe('/partenaires/categorie/sante/jeunes/');
		expect(filterPath({ need: 'prevention' })).toBe('/partenaires/besoin/prevention/');
		expect(filterPath({ audience: 'familles' })).toBe('/partenaires/public/familles/');
	});
});

describe('texts of cards', () => {
	it('summarises a description by its first sentence', () => {
		expect(summary('Une phrase. Une autre.')).toBe('Une phrase.');
		expect(summary('Selon l’article L. 121-9 du code. Suite.')).toBe('Selon l’article L. 121-9 du code.');
		expect(summary('mot '.repeat(100), 30).length).toBeLessThanOrEqual(30);
	});

	it('writes ages in French', () => {
		expect(agesText({ from: 16, to: 21 })).toBe('de 16 à 21 ans');
		expect(agesText({ from: 0, to: 18, note: 'précision' })).toBe('jusqu’à 18 ans ; précision');
		expect(agesText({ from: 16 })).toBe('à partir de 16 ans');
	});
});

describe('map markers of partners', () => {
	const commune = { code: '63113', nom: 'Ville', lon: 3, lat: 45 };

	it('links a single partner to its page, with its category letter and an accessible name', () => {
		const [marker] = partnerMarkers([{ commune, x: 1, y: 2, items: [partner('seul')] }], '');
		expect(marker).toMatchObject({ href: '/partenaires/seul/', symbol: 'S', label: 'Partenaire seul (Acteurs de la santé), Ville', className: 'hub-map-category-sante' });
	});

	it('links a group to its commune list and shows the count', () => {
		const [marker] = partnerMarkers([{ commune, x: 1, y: 2, items: [partner('a'), partner('b'), partner('c')] }], '/partenaires/carte/');
		expect(marker).toMatchObject({ href: `/partenaires/carte/#${communeAnchor('63113')}`, symbol: '3', label: 'Ville : 3 partenaires, voir la liste' });
	});
});

describe('reference towns', () => {
	it('picks the largest towns that are not too close to a marker or to each other', () => {
		const project = ([lon, lat]: [number, number]) => [lon * 100, lat * 100] as [number, number];
		const towns = [
			{ nom: 'Grande', lon: 0, lat: 0, population: 1000 },
			{ nom: 'Voisine', lon: 0.1, lat: 0, population: 900 },
			{ nom: 'Lointaine', lon: 1, lat: 1, population: 500 },
			{ nom: 'Sous le marqueur', lon: 3, lat: 3, population: 2000 },
		];
		const picked = spacedReferences(towns, project, [[300, 300]], 5, 50);
		expect(picked.map((town) => town.name)).toEqual(['Grande', 'Lointaine']);
	});
});
