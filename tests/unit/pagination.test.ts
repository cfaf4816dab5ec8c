import { describe, expect, it } from 'vitest';
import { pageCount, pageParam, pagePath, pagination, type PageItem } from '../../src/lib/pagination';

/** The navigation as text: « 1 … 4 [5] 6 … 20 ». */
const shape = (items: PageItem[]) => items.map((item) => (item.kind === 'gap' ? '…' : item.current ? `[${item.page}]` : String(item.page))).join(' ');

describe('page addresses', () => {
	it('keeps the first page at the list address and puts the others under page/<n>/', () => {
		expect(pagePath('/partenaires/', 1)).toBe('/partenaires/');
		expect(pagePath('/partenaires/', 2)).toBe('/partenaires/page/2/');
		expect(pagePath('/partenaires/categorie/sante', 3)).toBe('/partenaires/categorie/sante/page/3/');
	});

	it('gives the rest parameter of each page, undefined for the route folder itself', () => {
		expect(pageParam('', 1)).toBeUndefined();
		expect(pageParam('', 2)).toBe('page/2');
		expect(pageParam('categorie/sante/', 1)).toBe('categorie/sante');
		expect(pageParam('/categorie/sante/jeunes', 12)).toBe('categorie/sante/jeunes/page/12');
	});

	it('counts at least one page, even for an empty list', () => {
		expect(pageCount(0, 24)).toBe(1);
		expect(pageCount(24, 24)).toBe(1);
		expect(pageCount(25, 24)).toBe(2);
		expect(pageCount(5000, 24)).toBe(209);
	});
});

describe('page navigation', () => {
	it('says where the reader is, in French', () => {
		expect(pagination('/partenaires/', 2, 5).label).toBe('Page 2 sur 5');
	});

	it('links the previous and next pages, except before the first and after the last', () => {
		expect(pagination('/p/', 1, 3)).toMatchObject({ next: '/p/page/2/' });
		expect(pagination('/p/', 1, 3)).not.toHaveProperty('previous');
		expect(pagination('/p/', 2, 3)).toMatchObject({ previous: '/p/', next: '/p/page/3/' });
		expect(pagination('/p/', 3, 3)).not.toHaveProperty('next');
	});

	it('shows every page of a short list', () => {
		expect(shape(pagination('/p/', 3, 5).items)).toBe('1 2 [3] 4 5');
	});

	it('shows the ends and the neighbours of the current page, with gaps, whatever the length', () => {
		expect(shape(pagination('/p/', 1, 209).items)).toBe('[1] 2 … 209');
		expect(shape(pagination('/p/', 100, 209).items)).toBe('1 … 99 [100] 101 … 209');
		expect(shape(pagination('/p/', 209, 209).items)).toBe('1 … 208 [209]');
		expect(pagination('/p/', 100, 209).items.length).toBe(pagination('/p/', 100, 20_000).items.length);
	});

	it('shows a single skipped page instead of a gap', () => {
		expect(shape(pagination('/p/', 4, 9).items)).toBe('1 2 3 [4] 5 … 9');
	});

	it('links each page to its address and marks only the current one', () => {
		const pages = pagination('/p/', 2, 3).items.filter((item) => item.kind === 'page');
		expect(pages.map((item) => [item.href, item.current])).toEqual([
			['/p/', false],
			['/p/page/2/', true],
			['/p/page/3/', false],
		]);
	});

	it('refuses a page outside the list', () => {
		expect(() => pagination('/p/', 0, 3)).toThrow(RangeError);
		expect(() => pagination('/p/', 4, 3)).toThrow('Page 4 hors de la liste de 3 page(s)');
	});
});
