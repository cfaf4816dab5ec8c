import { describe, expect, it } from 'vitest';
import { paginateGlossary } from '../../src/glossary/listing-pages';

const entry = (term: string) => ({ id: term.toLowerCase(), term });
const terms = ['ASE', 'Aide', 'CRIP', 'Cellule', 'Éducateur', 'Juge', 'Mineur', 'Parquet'].map(entry);

describe('paginateGlossary', () => {
	it('keeps a glossary up to the page size on one page, entries and letters on that page', () => {
		const listing = paginateGlossary(terms, '/lexique/');
		expect(listing.pages).toEqual([terms]);
		expect(listing.entryHref('crip')).toBe('/lexique/#crip');
		expect(listing.letterHref('lettre-e')).toBe('/lexique/#lettre-e');
	});

	it('cuts a longer one into pages in order, each entry and letter found on its page', () => {
		const listing = paginateGlossary(terms, '/lexique/', 3);
		expect(listing.pages.map((page) => page.map((item) => item.term))).toEqual([['ASE', 'Aide', 'CRIP'], ['Cellule', 'Éducateur', 'Juge'], ['Mineur', 'Parquet']]);
		expect(listing.entryHref('juge')).toBe('/lexique/page/2/#juge');
		// A letter running over two pages starts on the first one; an accented initial counts as its letter.
		expect(listing.letterHref('lettre-c')).toBe('/lexique/#lettre-c');
		expect(listing.letterHref('lettre-e')).toBe('/lexique/page/2/#lettre-e');
		expect(listing.letterHref('lettre-z')).toBeUndefined();
	});

	it('paginates a kind page under its own address', () => {
		expect(paginateGlossary(terms, '/lexique/sigles/', 2).entryHref('parquet')).toBe('/lexique/sigles/page/4/#parquet');
	});

	it('gives one empty page for an empty list', () => {
		expect(paginateGlossary([], '/lexique/').pages).toEqual([[]]);
	});
});
