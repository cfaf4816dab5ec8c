import { describe, expect, it } from 'vitest';
import { unplacedCommune } from '../../src/partners/filter';
import { directoryListings, fixedFilters, listingTexts, type ListedPartner } from '../../src/partners/listings';
import { audiences, categories, needs } from '../../src/partners/taxonomy';

const context = { communes: new Map([['63113', { nom: 'Ville' }]]), nameWithPreposition: 'du Territoire' };
const partner = (id: string, fields: Partial<ListedPartner> = {}): ListedPartner => ({ id, name: id, category: 'sante', needs: ['sante'], audiences: ['jeunes'], ...fields });

describe('the lists of the directory', () => {
	const partners = [
		partner('a-police', { category: 'police-justice', needs: ['protection-justice'], audiences: ['professionnels'], commune: '63113' }),
		partner('b-sante', { audiences: ['jeunes', 'familles'], commune: '63113' }),
		partner('c-sante'),
		partner('d-national', { category: 'ressources-nationales', needs: ['ecoute-soutien'], audiences: ['familles'] }),
	];
	const listings = directoryListings(partners, context);
	const ids = (path: string) => listings.find((listing) => listing.path === path)?.partners.map((entry) => entry.id);

	it('has a list for every category, need and audience and for each of them with an audience, even an empty one', () => {
		expect(fixedFilters()).toHaveLength(1 + categories.length * (1 + audiences.length) + needs.length * (1 + audiences.length) + audiences.length);
		expect(ids('/partenaires/categorie/education-nationale/')).toEqual([]);
		expect(ids('/partenaires/besoin/formation/familles/')).toEqual([]);
	});

	it('puts each partner in the lists it matches, ordered by category then as given', () => {
		expect(ids('/partenaires/')).toEqual(['b-sante', 'c-sante', 'a-police', 'd-national']);
		expect(ids('/partenaires/categorie/sante/')).toEqual(['b-sante', 'c-sante']);
		expect(ids('/partenaires/categorie/sante/familles/')).toEqual(['b-sante']);
		expect(ids('/partenaires/besoin/sante/jeunes/')).toEqual(['b-sante', 'c-sante']);
		expect(ids('/partenaires/public/familles/')).toEqual(['b-sante', 'd-national']);
	});

	it('has a list per commune that has partners, and one for local partners without commune', () => {
		expect(ids('/partenaires/commune/63113/')).toEqual(['b-sante', 'a-police']);
		expect(ids(`/partenaires/commune/${unplacedCommune}/`)).toEqual(['c-sante']);
		expect(listings.filter((listing) => listing.filter.commune)).toHaveLength(2);
	});

	it('lists a partner once per list even when a need is repeated', () => {
		const twice = directoryListings([partner('x', { needs: ['sante', 'sante'] })], context);
		expect(twice.find((listing) => listing.path === '/partenaires/besoin/sante/')?.partners).toHaveLength(1);
	});

	it('groups by category the lists that span several, and indexes only the main lists for search', () => {
		const flags = (path: string) => {
			const listing = listings.find((entry) => entry.path === path)!;
			return [listing.grouped, listing.searchable];
		};
		expect(flags('/partenaires/')).toEqual([true, true]);
		expect(flags('/partenaires/categorie/sante/')).toEqual([false, true]);
		expect(flags('/partenaires/categorie/sante/jeunes/')).toEqual([false, false]);
		expect(flags('/partenaires/besoin/sante/')).toEqual([true, true]);
		expect(flags('/partenaires/commune/63113/')).toEqual([true, false]);
	});

	it('grows with the number of partners times the lists each belongs to', () => {
		const many = Array.from({ length: 3000 }, (_, i) => partner(`p${i}`, { commune: i % 2 ? '63113' : undefined }));
		const total = directoryListings(many, context).reduce((sum, listing) => sum + listing.partners.length, 0);
		// all, category, category × audience, need, need × audience, audience, commune: 7 lists each.
		expect(total).toBe(3000 * 7);
	});
});

/** A title with its no-break spaces shown as plain spaces, for readable expectations. */
const title = (texts: { title: string }) => texts.title.replaceAll('\u00a0', ' ');

describe('titles of the lists', () => {
	it('names each list in French, with a no-break space before the colon', () => {
		expect(title(listingTexts({}, context))).toBe('Annuaire des partenaires');
		expect(title(listingTexts({ category: 'sante' }, context))).toBe('Partenaires : Acteurs de la santé');
		expect(title(listingTexts({ category: 'sante', audience: 'jeunes' }, context))).toBe('Acteurs de la santé : jeunes');
		expect(title(listingTexts({ need: 'mise-a-l-abri' }, context))).toBe('Partenaires : hébergement et mise à l’abri');
		expect(title(listingTexts({ need: 'mise-a-l-abri', audience: 'familles' }, context))).toBe('Hébergement et mise à l’abri : familles et proches');
		expect(title(listingTexts({ audience: 'familles' }, context))).toBe('Partenaires pour : familles et proches');
		expect(title(listingTexts({ commune: '63113' }, context))).toBe('Ville : partenaires de la commune');
		expect(title(listingTexts({ commune: unplacedCommune }, context))).toBe('Partenaires dont la commune est à confirmer');
		expect(listingTexts({}, context).description).toContain('du Territoire');
		expect(listingTexts({ category: 'sante' }, context).title).toBe('Partenaires\u00a0: Acteurs de la santé');
	});
});
