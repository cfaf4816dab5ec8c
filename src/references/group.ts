import { referenceTypes, type Reference, type ReferenceType } from '../schemas/reference';

/** References of one type, with the heading of the group. */
export interface ReferenceGroup<R extends Reference = Reference> {
	type: ReferenceType;
	heading: string;
	references: R[];
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', ignorePunctuation: true, numeric: true });

/** Sort key of a reference: first author (or title when there is none). */
function authorKey(reference: Reference): string {
	return reference.authors[0] ?? reference.title;
}

/** Chronological key: exact date, else the year (undated works last). */
function dateKey(reference: Reference): string {
	return reference.date ?? (reference.year ? `${reference.year}-00-00` : '9999');
}

const byAuthor = (a: Reference, b: Reference) => collator.compare(authorKey(a), authorKey(b)) || (a.year ?? 0) - (b.year ?? 0);
const byDate = (a: Reference, b: Reference) => dateKey(a).localeCompare(dateKey(b)) || collator.compare(a.title, b.title);

/**
 * Groups references by type, in the order of `referenceTypes`; each group is sorted as its type
 * says: by first author (or title) then year, or chronologically for legal texts. Types without
 * reference are left out.
 */
export function groupReferences<R extends Reference>(references: readonly R[]): ReferenceGroup<R>[] {
	return (Object.keys(referenceTypes) as ReferenceType[])
		.map((type) => ({
			type,
			heading: referenceTypes[type].heading,
			references: references.filter((reference) => reference.type === type).sort(referenceTypes[type].sort === 'date' ? byDate : byAuthor),
		}))
		.filter((group) => group.references.length > 0);
}

/** Whether the year must be written after the authors: not when the title already gives it (« Loi du 4 mars 2002 »). */
export function showsYear(reference: Reference): boolean {
	return reference.year === undefined || !reference.title.includes(String(reference.year));
}

/** « Ayerbe, C., Dupré la Tour, M. et Henry, P. » */
export function formatAuthors(authors: readonly string[]): string {
	if (authors.length <= 1) return authors[0] ?? '';
	return `${authors.slice(0, -1).join(' ; ')} et ${authors.at(-1)}`;
}
