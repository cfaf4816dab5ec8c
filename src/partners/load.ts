import { loadDataDirectory, type Loaded } from '../content-loading/load-data';
import { createPartnerSchema, type Partner } from '../schemas/partner';
import { loadCommunes } from '../territory/communes';

/** The folder of `content/` that holds one YAML file per partner. */
export const partnersDirectory = 'partenaires';

/** A partner as loaded, with the file it came from. */
export type LoadedPartner = Loaded<Partner>;

/** The partner schema for the territory being built (its communes are the valid `commune` codes). */
export function territoryPartnerSchema() {
	const communes = loadCommunes();
	const first = communes.reduce<(typeof communes)[number] | undefined>((largest, commune) => ((commune.population ?? 0) > (largest?.population ?? -1) ? commune : largest), undefined);
	return createPartnerSchema({
		communeCodes: new Set(communes.map((commune) => commune.code)),
		...(first ? { exampleCommune: { code: first.code, name: first.nom } } : {}),
	});
}

const collator = new Intl.Collator('fr', { sensitivity: 'base' });

/** Sorts partners by name the French way (accents and case ignored). */
export function byName<T extends { name: string }>(a: T, b: T): number {
	return collator.compare(a.name, b.name);
}

let cached: LoadedPartner[] | undefined;

/**
 * Every partner of `content/partenaires/`, validated (an invalid file stops the build with a French
 * message naming file and field), sorted by name. `root` reads another content folder (tests).
 */
export function loadPartners(root?: string): LoadedPartner[] {
	if (root !== undefined) return read(root);
	cached ??= read();
	return cached;
}

function read(root?: string): LoadedPartner[] {
	return loadDataDirectory({ directory: partnersDirectory, schema: territoryPartnerSchema(), ...(root !== undefined ? { root } : {}) }).sort(byName);
}

let cachedById: ReadonlyMap<string, LoadedPartner> | undefined;

/** The partner with this id (throws when unknown, so a page never links to a missing partner). */
export function partnerById(id: string): LoadedPartner {
	cachedById ??= new Map(loadPartners().map((partner) => [partner.id, partner]));
	const partner = cachedById.get(id);
	if (!partner) throw new Error(`Partenaire inconnu : ${id}`);
	return partner;
}
