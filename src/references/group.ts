import { referenceTypes, type Reference, type ReferenceType } from '../schemas/reference';

/** References of one type, with the heading of the group. */
export interface ReferenceGroup<R extends Reference = Reference> {
	type: ReferenceType;
	heading: string;
	references: R[];
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', ignorePunctuation: true });

/** Sort key of a reference: first author (or title when there is none). */
function sortKey(reference: Reference): string {
	return reference.authors[0] ?? reference.title;
}

/**
 * Groups references by type, in the order of `referenceTypes`, each group sorted by first author
 * (or title), then year; types without reference are left out.
 */
export function groupReferences<R extends Reference>(references: readonly R[]): ReferenceGroup<R>[] {
	return (Object.keys(referenceTypes) as ReferenceType[])
		.map((type) => ({
			type,
			heading: referenceTypes[type],
			references: references
				.filter((reference) => reference.type === type)
				.sort((a, b) => collator.compare(sortKey(a), sortKey(b)) || (a.year ?? 0) - (b.year ?? 0)),
		}))
		.filter((group) => group.references.length > 0);
}

/** « Ayerbe, C., Dupré la Tour, M. et Henry, P. » */
export function formatAuthors(authors: readonly string[]): string {
	if (authors.length <= 1) return authors[0] ?? '';
	return `${authors.slice(0, -1).join(' ; ')} et ${authors.at(-1)}`;
}
