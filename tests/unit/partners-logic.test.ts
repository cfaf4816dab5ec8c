import { describe, expect, it } from 'vitest';
import { createPartnerSchema, type Partner } from '../../src/schemas/partner';
import { lastContactCheck, monthsBetween, orderedContacts, reviewContacts } from '../../src/partners/contacts';
import { filterPartners, filterPath, unplacedCommune } from '../../src/partners/filter';
import { agesText, summary } from '../../src/partners/text';
import { captionedCommunes, partnerCount, partnerMarkers, spacedReferences } from '../../src/partners/map';

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
		partner('a', { category: 'sante', audiences: ['jeunes', 'familles'], commune: '63113' }),
		partner('b', { category: 'police-justice', needs: ['protection-justice'], audiences: ['professionnels'] }),
		partner('c', { category: 'sante', audiences: ['professionnels'] }),
		partner('d', { category: 'ressources-nationales', audiences: ['familles'] }),
	];

	it('keeps partners matching every criterion', () => {
		expect(filterPartners(partners, { category: 'sante' }).map((p) => p.id)).toEqual(['a', 'c']);
		expect(filterPartners(partners, { category: 'sante', audience: 'jeunes' }).map((p) => p.id)).toEqual(['a']);
		expect(filterPartners(partners, { need: 'protection-justice' }).map((p) => p.id)).toEqual(['b']);
		expect(filterPartners(partners, { need: 'sante', audience: 'familles' }).map((p) => p.id)).toEqual(['a', 'd']);
		expect(filterPartners(partners, {}).map((p) => p.id)).toEqual(['a', 'b', 'c', 'd']);
	});

	it('finds the partners of a commune, and the local ones whose commune is not known', () => {
		expect(filterPartners(partners, { commune: '63113' }).map((p) => p.id)).toEqual(['a']);
		expect(filterPartners(partners, { commune: unplacedCommune }).map((p) => p.id)).toEqual(['b', 'c']);
	});

	it('gives each filter a page address that works without JavaScript', () => {
		expect(filterPath({})).toBe('/partenaires/');
		expect(filterPath({ category: 'sante' })).toBe('/partenaires/categorie/sante/');
		expect(filterPath({ category: 'sante', audience: 'jeunes' })).toBe('/partenaires/categorie/sante/jeunes/');
		expect(filterPath({ need: 'prevention' })).toBe('/partenaires/besoin/prevention/');
		expect(filterPath({ need: 'prevention', audience: 'familles' })).toBe('/partenaires/besoin/prevention/familles/');
		expect(filterPath({ audience: 'familles' })).toBe('/partenaires/public/familles/');
		expect(filterPath({ commune: '63113' })).toBe('/partenaires/commune/63113/');
		expect(filterPath({ commune: unplacedCommune })).toBe('/partenaires/commune/a-confirmer/');
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
	const group = (count: number, x = 1, y = 2, code = '63113') => ({ commune: { ...commune, code }, x, y, items: Array.from({ length: count }, (_, i) => partner(`p${i}`)) });

	it('links a single partner to its page, with its category letter and an accessible name', () => {
		const [marker] = partnerMarkers([{ commune, x: 1, y: 2, items: [partner('seul')] }]);
		expect(marker).toMatchObject({ href: '/partenaires/seul/', symbol: 'S', label: 'Partenaire seul (Acteurs de la santé), Ville', className: 'hub-map-category-sante' });
		expect(marker).not.toHaveProperty('caption');
	});

	it('links a group to its commune list and shows the count', () => {
		const [marker] = partnerMarkers([group(3)], { captioned: new Set(['63113']) });
		expect(marker).toMatchObject({ href: '/partenaires/commune/63113/', symbol: '3', label: 'Ville : 3 partenaires', caption: 'Ville', className: 'hub-map-group' });
	});

	it('caps the drawn count at three characters and keeps the exact number in the name', () => {
		const [marker] = partnerMarkers([group(1203)], { dense: true });
		expect(marker).toMatchObject({ symbol: '99+', label: 'Ville : 1\u202f203 partenaires', radius: 9, className: 'hub-map-group hub-map-small' });
		expect(partnerCount(1)).toBe('1 partenaire');
	});

	it('draws single partners of a dense map as small plain dots that still link to their page', () => {
		const [marker] = partnerMarkers([group(1)], { dense: true });
		expect(marker).toMatchObject({ href: '/partenaires/p0/', symbol: '', radius: 6 });
	});

	it('captions every marker of a small map, and only the largest spaced groups of a dense one', () => {
		const few = [group(1, 0, 0, '1'), group(2, 10, 0, '2')];
		expect([...captionedCommunes(few)]).toEqual(['1', '2']);
		const many = [group(50, 0, 0, 'big'), group(40, 5, 0, 'near-big'), group(30, 200, 0, 'far'), ...Array.from({ length: 60 }, (_, i) => group(1, 400 + i, 0, `small-${i}`))];
		expect([...captionedCommunes(many, { count: 2, spacing: 60 })]).toEqual(['big', 'far']);
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
