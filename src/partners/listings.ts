/**
 * Every list of the directory (all partners, each category, need, audience, category or need for
 * one audience, each commune), built in one pass over the partners: the cost grows with the number
 * of partners times the few lists each belongs to, never with partners × lists. The Astro route
 * paginates each list; this module only decides what the lists are, their order and their texts.
 */
import { frenchSpacing } from '../lib/french-spacing';
import type { Partner } from '../schemas/partner';
import { filterPath, unplacedCommune, type PartnerFilter } from './filter';
import { audiences, categories, nationalCategory, needs } from './taxonomy';

/** Cards per page of every list of the directory. */
export const partnersPerPage = 24;

/** What a list needs to know about a partner. */
export type ListedPartner = Pick<Partner, 'id' | 'name' | 'category' | 'needs' | 'audiences' | 'commune'>;

/** One list of the directory, with its partners in display order. */
export interface Listing<P extends ListedPartner = ListedPartner> {
	filter: PartnerFilter;
	/** Address of its first page (`filterPath(filter)`). */
	path: string;
	/** Page title (the h1). */
	title: string;
	/** Meta description. */
	description: string;
	/** First paragraph of the page. */
	intro: string;
	/** Whether cards are grouped under category headings (lists not limited to one category). */
	grouped: boolean;
	/** Whether the list's first page is indexed for search (main lists; combinations and communes are not). */
	searchable: boolean;
	partners: P[];
}

/** The meta of a list, without its partners (what each page of it receives). */
export type ListingMeta = Omit<Listing, 'partners'>;

export interface ListingContext {
	/** Communes of the territory by INSEE code (names of commune lists). */
	communes: ReadonlyMap<string, { nom: string }>;
	/** « du Puy-de-Dôme »: the territory's name with its preposition. */
	nameWithPreposition: string;
}

const lower = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);

/** Title, description and introduction of the list of one filter, with French no-break spaces (« Partenaires : santé »). */
export function listingTexts(filter: PartnerFilter, context: ListingContext): Pick<Listing, 'title' | 'description' | 'intro'> {
	const { title, description, intro } = rawListingTexts(filter, context);
	return { title: frenchSpacing(title), description: frenchSpacing(description), intro: frenchSpacing(intro) };
}

function rawListingTexts(filter: PartnerFilter, context: ListingContext): Pick<Listing, 'title' | 'description' | 'intro'> {
	const category = categories.find((entry) => entry.id === filter.category);
	const need = needs.find((entry) => entry.id === filter.need);
	const audience = audiences.find((entry) => entry.id === filter.audience);
	if (filter.commune === unplacedCommune) {
		return {
			title: 'Partenaires dont la commune est à confirmer',
			description: `Les partenaires du réseau ${context.nameWithPreposition} dont la commune n’est pas encore connue.`,
			intro: 'Ces partenaires interviennent dans le département, mais nos sources ne disent pas encore dans quelle commune ils sont installés : ils ne sont pas placés sur la carte.',
		};
	}
	if (filter.commune) {
		const name = context.communes.get(filter.commune)?.nom ?? filter.commune;
		return {
			title: `${name} : partenaires de la commune`,
			description: `Les partenaires du réseau installés dans la commune de ${name}.`,
			intro: `Les partenaires du réseau installés dans cette commune. Ceux qui couvrent tout le département ou toute la France sont dans l’annuaire complet.`,
		};
	}
	if (category && audience) {
		return {
			title: `${category.label} : ${lower(audience.label)}`,
			description: `Partenaires de la catégorie « ${category.label} » qui reçoivent ou conseillent : ${lower(audience.label)}.`,
			intro: `${category.description} Public : ${lower(audience.description)}`,
		};
	}
	if (category) return { title: `Partenaires : ${category.label}`, description: category.description, intro: category.description };
	if (need && audience) {
		return {
			title: `${need.label} : ${lower(audience.label)}`,
			description: `Partenaires qui répondent au besoin « ${need.label} » pour : ${lower(audience.label)}.`,
			intro: `${need.description} Public : ${lower(audience.description)}`,
		};
	}
	if (need) return { title: `Partenaires : ${lower(need.label)}`, description: `Les partenaires qui répondent au besoin « ${need.label} ».`, intro: need.description };
	if (audience) {
		return {
			title: `Partenaires pour : ${lower(audience.label)}`,
			description: `Les partenaires qui reçoivent ou conseillent : ${lower(audience.label)}.`,
			intro: audience.description,
		};
	}
	return {
		title: 'Annuaire des partenaires',
		description: `Les partenaires du réseau ${context.nameWithPreposition} et les ressources nationales : qui fait quoi, pour qui, et comment les joindre.`,
		intro:
			'Le réseau réunit des structures d’accueil, de soin, d’insertion, de justice, d’éducation et des institutions. Chaque fiche dit ce que fait le partenaire, à qui il s’adresse et comment le joindre. Nous ne publions que des coordonnées dont nous connaissons la source : quand il n’y en a pas encore, la fiche indique « coordonnées à confirmer ».',
	};
}

/** The filters that always have a list, even an empty one (the filter links and form lead to them). */
export function fixedFilters(): PartnerFilter[] {
	return [
		{},
		...categories.flatMap((category) => [{ category: category.id }, ...audiences.map((audience) => ({ category: category.id, audience: audience.id }))]),
		...needs.flatMap((need) => [{ need: need.id }, ...audiences.map((audience) => ({ need: need.id, audience: audience.id }))]),
		...audiences.map((audience) => ({ audience: audience.id })),
	];
}

/** The filters a partner belongs to, besides `{}`: its category, needs, audiences, their pairs and its commune. */
function filtersOf(partner: ListedPartner): PartnerFilter[] {
	const local = partner.category !== nationalCategory;
	return [
		{ category: partner.category },
		...partner.audiences.map((audience) => ({ category: partner.category, audience })),
		...partner.needs.flatMap((need) => [{ need }, ...partner.audiences.map((audience) => ({ need, audience }))]),
		...partner.audiences.map((audience) => ({ audience })),
		...(partner.commune ? [{ commune: partner.commune }] : local ? [{ commune: unplacedCommune }] : []),
	];
}

/**
 * Every list of the directory with its partners. Partners are ordered by category (in the order of
 * the closed list) then as given (by name): lists grouped by category read category by category.
 * Lists of communes exist only for communes that have partners.
 */
export function directoryListings<P extends ListedPartner>(partners: readonly P[], context: ListingContext): Listing<P>[] {
	const rank = new Map<string, number>(categories.map((category, index) => [category.id, index]));
	const ordered = [...partners].sort((a, b) => rank.get(a.category)! - rank.get(b.category)!);
	const listings = new Map<string, Listing<P>>();
	const listingOf = (filter: PartnerFilter): Listing<P> => {
		const path = filterPath(filter);
		let listing = listings.get(path);
		if (!listing) {
			const combined = filter.audience !== undefined && (filter.category !== undefined || filter.need !== undefined);
			listing = {
				filter,
				path,
				...listingTexts(filter, context),
				grouped: filter.category === undefined,
				searchable: !combined && filter.commune === undefined,
				partners: [],
			};
			listings.set(path, listing);
		}
		return listing;
	};
	for (const filter of fixedFilters()) listingOf(filter);
	const all = listingOf({});
	for (const partner of ordered) {
		all.partners.push(partner);
		// A set: a need or audience written twice must not list the partner twice.
		for (const listing of new Set(filtersOf(partner).map(listingOf))) listing.partners.push(partner);
	}
	return [...listings.values()];
}
