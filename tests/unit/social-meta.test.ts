import { describe, expect, it } from 'vitest';
import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { socialCardRequest } from '../../src/integrations/social-images';
import { sectionCardPath, sharedSectionCardMeta, sharesSectionCard, socialImagePath, socialMeta } from '../../src/social/meta';
import { sectionOf } from '../../src/social/section';

type Sidebar = StarlightRouteData['sidebar'];
const link = (label: string, href: string, isCurrent = false) => ({ type: 'link', label, href, isCurrent, badge: undefined, attrs: {} }) as const;
const group = (label: string, entries: Sidebar) => ({ type: 'group', label, entries, collapsed: false, badge: undefined }) as const;

const sidebar = (current?: string): Sidebar => [
	link('Accueil', '/', current === '/'),
	group('Repérer et agir', [link('Repérer', '/reperer/', current === '/reperer/'), group('Outils', [link('Fiche réflexe', '/reperer/fiche-reflexe/', current === '/reperer/fiche-reflexe/')])]),
	group('Réseau', [link('Partenaires', '/partenaires/', current === '/partenaires/')]),
];

describe('sectionOf', () => {
	it('names the top-level group holding the current page, however deep', () => {
		expect(sectionOf('/reperer/fiche-reflexe/', sidebar('/reperer/fiche-reflexe/'))).toBe('Repérer et agir');
	});

	it('names a top-level link by its label', () => {
		expect(sectionOf('/', sidebar('/'))).toBe('Accueil');
	});

	it('places a page missing from the sidebar under the longest link that starts its address', () => {
		expect(sectionOf('/partenaires/cdef-63/', sidebar())).toBe('Réseau');
		expect(sectionOf('/reperer/que-faire/', sidebar())).toBe('Repérer et agir');
	});

	it('gives nothing for a page outside every group (the home link matches only the home page)', () => {
		expect(sectionOf('/404/', sidebar())).toBeUndefined();
	});
});

describe('social meta', () => {
	it('derives a stable image address from the page address', () => {
		expect(socialImagePath('/')).toBe('/og/index.png');
		expect(socialImagePath('/reperer/que-faire/')).toBe('/og/reperer/que-faire.png');
		expect(socialImagePath('/404')).toBe('/og/404.png');
	});

	it('announces an absolute image URL with its size, text alternative and section', () => {
		const head = socialMeta({ pathname: '/reperer/', site: new URL('https://hub.example.fr'), title: 'Repérer', section: 'Repérer et agir' });
		expect(Object.fromEntries(head.map((entry) => [entry.attrs!['property'], entry.attrs!['content']]))).toEqual({
			'og:image': 'https://hub.example.fr/og/reperer.png',
			'og:image:width': '1200',
			'og:image:height': '630',
			'og:image:alt': 'Repérer',
			'article:section': 'Repérer et agir',
		});
	});

	it('points a page that shares its section card at one image per section, described by the section', () => {
		const head = socialMeta({ pathname: '/partenaires/cdef-63/', site: new URL('https://hub.example.fr'), title: 'CDEF 63', section: 'Partenaires et annuaire', sharedSectionCard: true });
		const byProperty = Object.fromEntries(head.map((entry) => [entry.attrs!['property'], entry.attrs!['content']]));
		expect(byProperty['og:image']).toBe('https://hub.example.fr/og/rubrique/partenaires-et-annuaire.png');
		expect(byProperty['og:image:alt']).toBe('Partenaires et annuaire');
		expect(sectionCardPath('Repérer et agir')).toBe('/og/rubrique/reperer-et-agir.png');
	});

	it('keeps its own card when a page asks for the section card but has no section', () => {
		const head = socialMeta({ pathname: '/404/', site: undefined, title: '404', section: undefined, sharedSectionCard: true });
		expect(head.find((entry) => entry.attrs!['property'] === 'og:image')?.attrs!['content']).toBe('/og/404.png');
	});

	it('knows which pages share the section card: marked ones and listing views left out of search', () => {
		expect(sharesSectionCard([sharedSectionCardMeta])).toBe(true);
		expect(sharesSectionCard([{ tag: 'meta', attrs: { name: 'hub-search-index', content: 'exclue' } }])).toBe(true);
		expect(sharesSectionCard([{ tag: 'meta', attrs: { name: 'description', content: 'rubrique' } }])).toBe(false);
		expect(sharesSectionCard([])).toBe(false);
	});

	it('leaves out the section when the page has none', () => {
		const head = socialMeta({ pathname: '/404/', site: undefined, title: '404', section: undefined });
		expect(head.map((entry) => entry.attrs!['property'])).not.toContain('article:section');
	});

	it('reads the card back from the meta tags of the built page', () => {
		const html = `<html><head><meta property="og:title" content="Repérer"><meta property="og:site_name" content="Hub"><meta property="article:section" content="Repérer et agir"><meta property="og:image" content="https://hub.example.fr/og/reperer.png"></head><body></body></html>`;
		expect(socialCardRequest(html, 'https://hub.example.fr')).toEqual({ imagePath: '/og/reperer.png', input: { title: 'Repérer', section: 'Repérer et agir', siteName: 'Hub' } });
	});

	it('draws the title the text alternative gives, without repeating it as the section', () => {
		const html = `<html><head><meta property="og:title" content="CDEF 63"><meta property="og:site_name" content="Hub"><meta property="article:section" content="Partenaires"><meta property="og:image" content="https://hub.example.fr/og/rubrique/partenaires.png"><meta property="og:image:alt" content="Partenaires"></head></html>`;
		expect(socialCardRequest(html, 'https://hub.example.fr')).toEqual({ imagePath: '/og/rubrique/partenaires.png', input: { title: 'Partenaires', section: '', siteName: 'Hub' } });
	});

	it('ignores an image hosted elsewhere or outside the social image folder', () => {
		const page = (image: string) => `<html><head><meta property="og:title" content="T"><meta property="og:image" content="${image}"></head></html>`;
		expect(socialCardRequest(page('https://ailleurs.example/og/t.png'), 'https://hub.example.fr')).toBeUndefined();
		expect(socialCardRequest(page('https://hub.example.fr/images/t.png'), 'https://hub.example.fr')).toBeUndefined();
	});
});
