import { describe, expect, it } from 'vitest';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { compactSidebar } from '../../src/navigation/compact-sidebar';

type Sidebar = StarlightRouteData['sidebar'];
const link = (label: string, href: string, isCurrent = false) => ({ type: 'link', label, href, isCurrent, badge: undefined, attrs: {} }) as const;
const group = (label: string, entries: Sidebar, collapsed = true) => ({ type: 'group', label, entries, collapsed, badge: undefined }) as const;

const menu = (current?: string): Sidebar => [
	link('Accueil', '/', current === '/'),
	group('Comprendre', [link('Comprendre', '/comprendre/', current === '/comprendre/'), link('Les mots', '/comprendre/mots/', current === '/comprendre/mots/')], false),
	group('Partenaires', [link('Annuaire', '/partenaires/', current === '/partenaires/'), link('Carte', '/partenaires/carte/', current === '/partenaires/carte/')]),
	group('Cadre', [group('Textes', [link('Loi de 2016', '/cadre/loi-2016/', current === '/cadre/loi-2016/')])]),
];

describe('compactSidebar', () => {
	it('turns each closed section into one link to its first page, named after the section', () => {
		const compact = compactSidebar(menu('/'), '/');
		expect(compact.map((entry) => [entry.type, entry.label])).toEqual([
			['link', 'Accueil'],
			['group', 'Comprendre'],
			['link', 'Partenaires'],
			['link', 'Cadre'],
		]);
		expect(compact[2]).toMatchObject({ href: '/partenaires/', isCurrent: false });
		expect(compact[3]).toMatchObject({ href: '/cadre/loi-2016/' });
	});

	it('keeps the section holding the current page whole, however deep the page is', () => {
		expect(compactSidebar(menu('/partenaires/carte/'), '/partenaires/carte/')[2]).toEqual(menu('/partenaires/carte/')[2]);
		expect(compactSidebar(menu('/cadre/loi-2016/'), '/cadre/loi-2016/')[3]?.type).toBe('group');
	});

	it('keeps open the section of a page generated from data, which lives under one of its links', () => {
		expect(compactSidebar(menu(), '/partenaires/cdef-63/')[2]).toMatchObject({ type: 'group', collapsed: false });
		expect(compactSidebar(menu(), '/partenairesX/')[2]?.type).toBe('link');
	});

	it('keeps sections the menu file keeps open (collapsed: false) on every page', () => {
		expect(compactSidebar(menu('/partenaires/'), '/partenaires/')[1]).toEqual(menu('/partenaires/')[1]);
	});

	it('leaves an empty closed section as it is (nothing to link to)', () => {
		const empty = group('Vide', []);
		expect(compactSidebar([empty], '/')).toEqual([empty]);
	});
});
