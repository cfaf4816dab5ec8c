import { describe, expect, it } from 'vitest';
import { geoContains, polygonContains } from 'd3';
import { createMapFrame } from '../../src/map/projection';
import { placeMarkers } from '../../src/map/markers';
import { escapeXml, renderMapSvg, wrapText } from '../../src/map/svg';
import { communesByCode, loadOutline } from '../../src/territory/communes';
import { loadTerritory } from '../../src/territory/load';

const outline = loadOutline();
const communes = communesByCode();
const frame = createMapFrame(outline, { width: 600, parallels: loadTerritory().geo.parallels });

const towns = { clermont: '63113', riom: '63300', thiers: '63430', issoire: '63178', ambert: '63003' } as const;
type Town = keyof typeof towns;

function projected(town: Town): [number, number] {
	const commune = communes.get(towns[town]);
	if (!commune) throw new Error(`commune absente : ${towns[town]}`);
	const point = frame.project([commune.lon, commune.lat]);
	if (!point) throw new Error('point non projeté');
	return point;
}

/** The outline's ring as drawn: every vertex projected with the same projection. */
const ring = (() => {
	const geometry = outline.features[0]!.geometry;
	const coordinates = geometry.type === 'Polygon' ? geometry.coordinates[0]! : geometry.coordinates[0]![0]!;
	return coordinates.map(([lon, lat]) => frame.projection([lon!, lat!]) as [number, number]);
})();

describe('createMapFrame', () => {
	it('fits the outline to the requested width and keeps it inside the drawing', () => {
		expect(frame.width).toBe(600);
		expect(frame.height).toBeGreaterThan(300);
		expect(frame.height).toBeLessThan(1200);
		for (const [x, y] of ring) {
			expect(x).toBeGreaterThanOrEqual(0);
			expect(x).toBeLessThanOrEqual(600);
			expect(y).toBeGreaterThanOrEqual(0);
			expect(y).toBeLessThanOrEqual(frame.height);
		}
		expect(frame.outlinePath).toMatch(/^M[\d.]+,[\d.]+L/);
	});

	it('puts the five main towns inside the outline, on the globe and on the drawing', () => {
		for (const town of Object.keys(towns) as Town[]) {
			const commune = communes.get(towns[town])!;
			expect(geoContains(outline, [commune.lon, commune.lat]), town).toBe(true);
			expect(polygonContains(ring, projected(town)), town).toBe(true);
		}
	});

	it('keeps the west-east order of the towns', () => {
		const westToEast = (Object.keys(towns) as Town[]).sort((a, b) => projected(a)[0] - projected(b)[0]);
		expect(westToEast).toEqual(['clermont', 'riom', 'issoire', 'thiers', 'ambert']);
	});

	it('keeps the north-south order of the towns (y grows downwards)', () => {
		const northToSouth = (Object.keys(towns) as Town[]).sort((a, b) => projected(a)[1] - projected(b)[1]);
		expect(northToSouth).toEqual(['riom', 'thiers', 'clermont', 'ambert', 'issoire']);
	});

	it('leaves a point outside the territory outside the drawn outline', () => {
		const lyon = frame.project([4.835, 45.764]);
		expect(polygonContains(ring, lyon!)).toBe(false);
	});
});

describe('placeMarkers', () => {
	const items = [
		{ id: 'a', name: 'A', category: 'sante', commune: towns.clermont },
		{ id: 'b', name: 'B', category: 'sante', commune: towns.thiers },
		{ id: 'c', name: 'C', category: 'police-justice', commune: towns.clermont },
		{ id: 'd', name: 'D', category: 'ressources-nationales' },
		{ id: 'e', name: 'E', category: 'sante', commune: '99999' },
	];
	const placement = placeMarkers(items, communes, frame.project);

	it('puts each partner at its commune point', () => {
		const thiers = placement.groups.find((group) => group.commune.code === towns.thiers)!;
		expect([thiers.x, thiers.y]).toEqual(projected('thiers'));
		expect(thiers.items.map((item) => item.id)).toEqual(['b']);
	});

	it('groups the partners of one commune into one marker, in input order', () => {
		expect(placement.groups).toHaveLength(2);
		const clermont = placement.groups.find((group) => group.commune.code === towns.clermont)!;
		expect(clermont.items.map((item) => item.id)).toEqual(['a', 'c']);
	});

	it('sorts markers west to east', () => {
		expect(placement.groups.map((group) => group.commune.code)).toEqual([towns.clermont, towns.thiers]);
	});

	it('lists partners without a known commune as unplaced instead of guessing', () => {
		expect(placement.unplaced.map((item) => item.id)).toEqual(['d', 'e']);
	});
});

describe('renderMapSvg', () => {
	const svg = renderMapSvg({
		id: 'test',
		width: 600,
		height: frame.height,
		outlinePath: frame.outlinePath,
		title: 'Carte & partenaires',
		description: 'Une description <courte>.',
		attribution: 'Sources : IGN ; INSEE · Licence Ouverte',
		markers: [
			{ x: 10, y: 20, href: '/partenaires/a/', label: 'A (Santé), Ville', symbol: 'S', className: 'hub-map-category-sante' },
			{ x: 30, y: 40, href: '/partenaires/commune/1/', label: 'Ville : 2 partenaires', symbol: '2', className: 'hub-map-group', caption: 'Ville', radius: 12 },
		],
		references: [{ x: 50, y: 60, name: 'Bourg' }],
	});

	it('has a role, a title and a description that name the map', () => {
		expect(svg).toMatch(/^<svg [^>]*role="group"[^>]*aria-labelledby="test-title"[^>]*aria-describedby="test-desc"/);
		expect(svg).toContain('<title id="test-title">Carte &amp; partenaires</title>');
		expect(svg).toContain('<desc id="test-desc">Une description &lt;courte&gt;.</desc>');
	});

	it('draws every marker as a link named by its title, with its symbol hidden from assistive technologies', () => {
		const links = [...svg.matchAll(/<a href="([^"]+)" class="[^"]+"><title>([^<]+)<\/title>/g)].map((match) => [match[1], match[2]]);
		expect(links).toEqual([
			['/partenaires/a/', 'A (Santé), Ville'],
			['/partenaires/commune/1/', 'Ville : 2 partenaires'],
		]);
		expect(svg).toContain('<text x="10" y="20" aria-hidden="true">S</text>');
		expect(svg).toMatch(/<\/a><g class="hub-map-captions" aria-hidden="true"><text x="45" y="40">Ville<\/text><\/g>/);
	});

	it('draws a plain dot when a marker has no symbol', () => {
		const dot = renderMapSvg({ id: 'd', width: 100, height: 100, outlinePath: 'M0,0', title: 't', description: 'd', attribution: 'a', markers: [{ x: 1, y: 2, href: '/x/', label: 'X', symbol: '', className: 'c', radius: 6 }] });
		expect(dot).toContain('<a href="/x/" class="hub-map-marker c"><title>X</title><circle cx="1" cy="2" r="6"/></a>');
	});

	it('shows the attribution and hides reference towns from assistive technologies', () => {
		expect(svg).toContain('Sources : IGN ; INSEE · Licence Ouverte');
		expect(svg).toContain('<g class="hub-map-references" aria-hidden="true"><circle cx="50" cy="60" r="2"/><text x="54" y="63">Bourg</text></g>');
	});

	it('escapes text and wraps long lines at spaces', () => {
		expect(escapeXml(`a<b & "c" 'd'`)).toBe('a&lt;b &amp; &quot;c&quot; &#39;d&#39;');
		expect(wrapText('un deux trois quatre', 9)).toEqual(['un deux', 'trois', 'quatre']);
	});
});

describe('outline decimation', () => {
	it('draws fewer vertices when close points are dropped, with the same extent', () => {
		const parallels = loadTerritory().geo.parallels;
		const full = createMapFrame(outline, { width: 320, parallels });
		const light = createMapFrame(outline, { width: 320, parallels, minDistance: 3 });
		const vertices = (path: string) => path.split(/[ML]/).length;
		expect(vertices(light.outlinePath)).toBeLessThan(vertices(full.outlinePath) * 0.7);
		expect(vertices(light.outlinePath)).toBeGreaterThan(50);
		expect(light.height).toBe(full.height);
	});
});
