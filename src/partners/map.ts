import { formatNumber } from '../lib/format';
import { createMapFrame, type MapFrame } from '../map/projection';
import { isGroup, placeMarkers, type MarkerGroup, type Placement } from '../map/markers';
import { renderMapSvg, type SvgMarker, type SvgReference } from '../map/svg';
import { communesByCode, loadCommunes, loadOutline, type Commune } from '../territory/communes';
import { loadTerritory } from '../territory/load';
import type { Partner } from '../schemas/partner';
import { filterPath } from './filter';
import { partnerPath } from './vcard';
import { categoryOf } from './taxonomy';

type MapPartner = Pick<Partner, 'id' | 'name' | 'category' | 'commune'>;

/** « 1 partenaire », « 6 partenaires », « 1 203 partenaires ». */
export function partnerCount(count: number): string {
	return `${formatNumber(count)} partenaire${count > 1 ? 's' : ''}`;
}

/** Above this many markers a map is dense: smaller markers, captions only for the largest groups. */
export const denseMarkerCount = 40;

/** Options of `partnerMarkers`. */
export interface PartnerMarkerOptions {
	/** Communes whose marker shows its name beside it (default: none). */
	captioned?: ReadonlySet<string>;
	/** Whether single partners also link to their commune's list instead of their page (default false). */
	singlesToList?: boolean;
	/** Smaller markers, plain dots for single partners (default false). */
	dense?: boolean;
}

/**
 * Turns marker groups into SVG markers: a single partner links to its page and shows its category
 * letter; a group links to its commune's list (`/partenaires/commune/<code>/`) and shows the count
 * (« 99+ » beyond 99; the accessible name gives the exact number).
 */
export function partnerMarkers(groups: readonly MarkerGroup<MapPartner>[], { captioned = new Set(), singlesToList = false, dense = false }: PartnerMarkerOptions = {}): SvgMarker[] {
	return groups.map((group) => {
		const caption = captioned.has(group.commune.code) ? { caption: group.commune.nom } : {};
		const count = group.items.length;
		if (isGroup(group) || singlesToList) {
			return {
				x: group.x,
				y: group.y,
				href: filterPath({ commune: group.commune.code }),
				label: `${group.commune.nom} : ${partnerCount(count)}`,
				symbol: isGroup(group) ? (count > 99 ? '99+' : String(count)) : categoryOf(group.items[0]!.category).marker,
				className: isGroup(group) ? `hub-map-group${dense ? ' hub-map-small' : ''}` : `hub-map-category-${group.items[0]!.category}`,
				radius: isGroup(group) ? (dense ? 9 : 12) : dense ? 6 : 9,
				...caption,
			};
		}
		const [partner] = group.items as [MapPartner];
		const category = categoryOf(partner.category);
		return {
			x: group.x,
			y: group.y,
			href: partnerPath(partner.id),
			label: `${partner.name} (${category.label}), ${group.commune.nom}`,
			symbol: dense ? '' : category.marker,
			className: `hub-map-category-${partner.category}`,
			...(dense ? { radius: 6 } : {}),
			...caption,
		};
	});
}

/**
 * The communes whose marker gets a caption: every one on a map of at most `all` markers; on a
 * denser map, the `count` largest groups, skipping any closer than `spacing` to one already
 * captioned (names would overlap).
 */
export function captionedCommunes(groups: readonly MarkerGroup[], { all = denseMarkerCount, count = 10, spacing = 60 } = {}): Set<string> {
	if (groups.length <= all) return new Set(groups.map((group) => group.commune.code));
	const picked: MarkerGroup[] = [];
	for (const group of [...groups].sort((a, b) => b.items.length - a.items.length || a.x - b.x)) {
		if (picked.length >= count) break;
		if (picked.some((other) => Math.hypot(other.x - group.x, other.y - group.y) < spacing)) continue;
		picked.push(group);
	}
	return new Set(picked.map((group) => group.commune.code));
}

export interface PartnerMapOptions {
	/** Unique id prefix inside the page. */
	id: string;
	/** Width of the drawing (SVG units). */
	width: number;
	title: string;
	description: string;
	/** Number of largest towns drawn for orientation (default 6; 0 for none). */
	references?: number;
	/** Whether markers may show their commune's name (default true; see `captionedCommunes`). */
	captions?: boolean;
	/** Whether single partners also link to their commune's list instead of their page (default false). */
	singlesToList?: boolean;
	/** Decimals of the outline path (default 1). */
	digits?: number;
	/** Drop outline vertices closer than this (SVG units; default 0), for small maps. */
	minDistance?: number;
}

const frames = new Map<string, MapFrame>();

/** The projection and outline for a size of map, computed once per build (every partner page draws the same small map). */
function mapFrame(width: number, digits: number, minDistance: number): MapFrame {
	const key = `${width}:${digits}:${minDistance}`;
	let frame = frames.get(key);
	if (!frame) {
		frame = createMapFrame(loadOutline(), { width, parallels: loadTerritory().geo.parallels, digits, minDistance });
		frames.set(key, frame);
	}
	return frame;
}

let communesByPopulation: Commune[] | undefined;

/** The map of the territory with the given partners, as an SVG string, and where each partner went. */
export function renderPartnerMap<P extends MapPartner>(partners: readonly P[], options: PartnerMapOptions): { svg: string; placement: Placement<P> } {
	const territory = loadTerritory();
	const frame = mapFrame(options.width, options.digits ?? 1, options.minDistance ?? 0);
	const placement = placeMarkers(partners, communesByCode(), frame.project);
	const markerCodes = new Set(placement.groups.map((group) => group.commune.code));
	communesByPopulation ??= [...loadCommunes()].sort((a, b) => (b.population ?? 0) - (a.population ?? 0));
	const references = spacedReferences(
		communesByPopulation.filter((commune) => !markerCodes.has(commune.code)),
		frame.project,
		placement.groups.map((group) => [group.x, group.y] as [number, number]),
		options.references ?? 6,
		frame.width / 12,
	);
	const dense = placement.groups.length > denseMarkerCount;
	const captioned = options.captions === false ? new Set<string>() : captionedCommunes(placement.groups, { spacing: frame.width / 10 });
	const svg = renderMapSvg({
		id: options.id,
		width: frame.width,
		height: frame.height,
		outlinePath: frame.outlinePath,
		title: options.title,
		description: options.description,
		attribution: territory.geo.attribution,
		markers: partnerMarkers(placement.groups, { captioned, singlesToList: options.singlesToList ?? false, dense }),
		references,
	});
	return { svg, placement };
}

/**
 * Picks up to `count` towns for orientation, largest first, skipping any closer than `spacing` to
 * a marker or to a town already picked, so that names do not overlap.
 */
export function spacedReferences(
	communes: readonly { nom: string; lon: number; lat: number; population?: number | undefined }[],
	project: (point: [number, number]) => [number, number] | null,
	taken: [number, number][],
	count: number,
	spacing: number,
): SvgReference[] {
	const picked: SvgReference[] = [];
	const occupied = [...taken];
	for (const commune of [...communes].sort((a, b) => (b.population ?? 0) - (a.population ?? 0))) {
		if (picked.length >= count) break;
		const point = project([commune.lon, commune.lat]);
		if (!point || occupied.some(([x, y]) => Math.hypot(x - point[0], y - point[1]) < spacing)) continue;
		picked.push({ x: point[0], y: point[1], name: commune.nom });
		occupied.push(point);
	}
	return picked;
}
