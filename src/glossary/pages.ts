import type { GlossaryEntry } from '../schemas/glossary';
import { glossaryKinds, kindById, type GlossaryKind, type GlossaryKindId } from './kinds';
import { indexLetter } from './text';

/** Address of the glossary; every entry has its page at `<base><id>/` and an anchor `<base>#<id>`. */
export const glossaryBasePath = '/lexique/';

/** The page of one entry, e.g. `/lexique/crip/`. */
export function entryPath(id: string): string {
	return `${glossaryBasePath}${id}/`;
}

/** The entry in the A-Z list, e.g. `/lexique/#crip`. */
export function entryAnchor(id: string): string {
	return `${glossaryBasePath}#${id}`;
}

/** The page that lists one kind of entries, e.g. `/lexique/sigles/`. */
export function kindPath(kind: GlossaryKind): string {
	return `${glossaryBasePath}${kind.slug}/`;
}

/** The letters of the A-Z index, in order; `#` gathers terms that start with a digit or a sign. */
export const indexLetters = ['#', ...'ABCDEFGHIJKLMNOPQRSTUVWXYZ'];

/** Anchor of a letter's section, e.g. `lettre-c` (`lettre-chiffres` for `#`). */
export function letterAnchor(letter: string): string {
	return letter === '#' ? 'lettre-chiffres' : `lettre-${letter.toLowerCase()}`;
}

export interface LetterGroup<Entry> {
	letter: string;
	anchor: string;
	entries: Entry[];
}

/**
 * Groups entries (already sorted A-Z) under their index letter, accents ignored (`Éducation` under E).
 * @returns one group per letter that has entries, in index order
 */
export function groupByLetter<Entry extends Pick<GlossaryEntry, 'term'>>(entries: readonly Entry[]): LetterGroup<Entry>[] {
	const groups = new Map<string, Entry[]>();
	for (const entry of entries) {
		const letter = indexLetter(entry.term);
		groups.set(letter, [...(groups.get(letter) ?? []), entry]);
	}
	return indexLetters.filter((letter) => groups.has(letter)).map((letter) => ({ letter, anchor: letterAnchor(letter), entries: groups.get(letter)! }));
}

/** The entries named by `entry.related`, in the order given (unknown ids are rejected at load time). */
export function relatedEntries<Entry extends Pick<GlossaryEntry, 'id' | 'related'>>(entry: Entry, all: readonly Entry[]): Entry[] {
	return entry.related.map((id) => all.find((candidate) => candidate.id === id)).filter((candidate): candidate is Entry => candidate !== undefined);
}

/** How many entries each kind has, in the order of the closed list. */
export function countByKind(entries: readonly Pick<GlossaryEntry, 'kind'>[]): { kind: GlossaryKind; count: number }[] {
	return glossaryKinds.map((kind) => ({ kind, count: entries.filter((entry) => entry.kind === kind.id).length }));
}

/** The title of an entry's page: the term, and for an acronym its expansion (`CRIP (Cellule de…)`). */
export function entryTitle(entry: Pick<GlossaryEntry, 'term' | 'expansion'>): string {
	return entry.expansion ? `${entry.term} (${entry.expansion})` : entry.term;
}

/** A description of at most `max` characters for meta tags and search results, cut at a word. */
export function shortDescription(text: string, max = 160): string {
	if (text.length <= max) return text;
	const cut = text.slice(0, max - 1);
	return `${cut.slice(0, cut.lastIndexOf(' '))}…`;
}

/** The label of a kind in the singular, for a badge (`Sigle`). */
export function kindLabel(id: GlossaryKindId): string {
	return kindById(id).label;
}
