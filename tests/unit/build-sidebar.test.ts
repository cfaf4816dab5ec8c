import { describe, expect, it } from 'vitest';
import { buildSidebar, type PageSummary } from '../../src/navigation/build-sidebar';
import { NavigationSchema } from '../../src/schemas/navigation';

const navigation = NavigationSchema.parse({
	maxPagesPerSection: 3,
	links: [{ label: 'Accueil', link: '/' }],
	sections: [
		{ label: 'Comprendre', pages: 'comprendre' },
		{ label: 'Repérer', pages: 'reperer', links: [{ label: 'Fiche', link: '/reperer/fiche/' }] },
		{ label: 'Partenaires', links: [{ label: 'Annuaire', link: '/partenaires/' }] },
	],
});

const page = (slug: string, label: string, order?: number): PageSummary => (order === undefined ? { slug, label } : { slug, label, order });

describe('the menu', () => {
	it('lists a folder index first, then its pages by order and then by label', () => {
		const items = buildSidebar(navigation, [page('comprendre', 'Comprendre'), page('comprendre/b', 'Bêta'), page('comprendre/a', 'Alpha'), page('comprendre/z', 'Zêta', 1)]);
		expect(items[1]).toEqual({
			label: 'Comprendre',
			collapsed: true,
			items: [
				{ label: 'Vue d’ensemble', link: '/comprendre/' },
				{ label: 'Zêta', link: '/comprendre/z/' },
				{ label: 'Alpha', link: '/comprendre/a/' },
				{ label: 'Bêta', link: '/comprendre/b/' },
			],
		});
	});

	it('shows only the index of a folder with too many pages, so no page lists every page', () => {
		const many = Array.from({ length: 500 }, (_, i) => page(`reperer/p${i}`, `Page ${i}`));
		const items = buildSidebar(navigation, [page('reperer', 'Repérer'), ...many]);
		expect(items[1]).toEqual({ label: 'Repérer', collapsed: true, items: [{ label: 'Vue d’ensemble', link: '/reperer/' }, { label: 'Fiche', link: '/reperer/fiche/' }] });
	});

	it('turns a group with a single link into a plain link and leaves out empty folders', () => {
		const items = buildSidebar(navigation, []);
		expect(items).toEqual([
			{ label: 'Accueil', link: '/' },
			{ label: 'Repérer', link: '/reperer/fiche/' },
			{ label: 'Partenaires', link: '/partenaires/' },
		]);
	});

	it('refuses a link that is not an address of the site', () => {
		expect(NavigationSchema.safeParse({ sections: [{ label: 'X', links: [{ label: 'Y', link: 'partenaires' }] }] }).success).toBe(false);
	});
});
