/**
 * The glossary list cut into pages once it is long. Up to `glossaryEntriesPerPage` entries the
 * list is one page, where every entry is present (the kind filter then works in place and the
 * page prints as a handout); beyond, pages of that many entries in A-Z order, and each entry's
 * place in the list becomes « page n, anchor ». Pure: the pages and links are drawn from this.
 */
import { pageCount, pagePath } from '../lib/pagination';
import { letterAnchor } from './pages';
import { indexLetter } from './text';

/** Entries per page of the list: the real glossary (about a hundred) fits on one page. */
export const glossaryEntriesPerPage = 150;

export interface GlossaryListing<Entry> {
	/** The entries of each page, in order (at least one page, possibly empty). */
	pages: Entry[][];
	/** Where an entry stands in the list: `/lexique/page/3/#crip`. */
	entryHref: (id: string) => string;
	/** Where a letter's section starts, for the letter index; undefined for a letter with no entry. */
	letterHref: (anchor: string) => string | undefined;
}

/**
 * @param entries sorted A-Z
 * @param basePath address of the list's first page (`/lexique/` or a kind page)
 */
export function paginateGlossary<Entry extends { id: string; term: string }>(entries: readonly Entry[], basePath: string, size = glossaryEntriesPerPage): GlossaryListing<Entry> {
	const pages = Array.from({ length: pageCount(entries.length, size) }, (_, index) => entries.slice(index * size, (index + 1) * size));
	const entryHrefs = new Map<string, string>();
	const letterHrefs = new Map<string, string>();
	pages.forEach((page, index) => {
		const path = pagePath(basePath, index + 1);
		for (const entry of page) {
			entryHrefs.set(entry.id, `${path}#${entry.id}`);
			const anchor = letterAnchor(indexLetter(entry.term));
			if (!letterHrefs.has(anchor)) letterHrefs.set(anchor, `${path}#${anchor}`);
		}
	});
	return {
		pages,
		entryHref: (id) => entryHrefs.get(id) ?? `${pagePath(basePath, 1)}#${id}`,
		letterHref: (anchor) => letterHrefs.get(anchor),
	};
}
