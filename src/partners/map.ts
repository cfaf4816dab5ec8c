import { createMapFrame } from '../map/projection';
import { isGroup, placeMarkers, type MarkerGroup, type Placement } from '../map/markers';
import { renderMapSvg, type SvgMarker, type SvgReference } from '../map/svg';
import { communesByCode, loadCommunes, loadOutline } from '../territory/communes';
import { loadTerritory } from '../territory/load';
import type { Partner } from '../schemas/partner';
import { partnerPath } from './vcard';
import { categoryOf } from './taxonomy';

type MapPartner = Pick<Partner, 'id' | 'name' | 'category' | 'commune'>;

/** Anchor of a commune's list of partners under the map (`#commune-63113`). */
export function communeAnchor(code: string): string {
	return `commune-${code}`;
}

/** « 1 partenaire », « 6 partenaires ». */
export function partnerCount(count: number): string {
	return `${count} partenaire${count > 1 ? 's' : ''}`;
}

/**
 * Turns marker groups into SVG markers: a single partner links to its page and shows its category
 * letter; a group links to its commune's list (`listHref#commune-<code>`) and shows the count.
 */
export function partnerMarkers(groups: readonly MarkerGroup<MapPartner>[], listHref: string, { captions = true, singlesToList = false } = {}): SvgMarker[] {
	return groups.map((group) => {
		const caption = captions ? { caption: group.commune.nom } : {};
		if (isGroup(group) || singlesToList) {
			return {
				x: group.x,
				y: group.y,
				href: `${listHref}#${communeAnchor(group.commune.code)}`,
				label: `${group.commune.nom} : ${partnerCount(group.items.length)}, voir la liste`,
				symbol: isGroup(group) ? String(group.items.length) : categoryOf(group.items[0]!.category).marker,
				className: isGroup(group) ? 'hub-map-group' : `hub-map-category-${group.items[0]!.category}`,
				radius: isGroup(group) ? 12 : 9,
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
			symbol: category.marker,
			className: `hub-map-category-${partner.category}`,
			...caption,
		};
	});
}

export interface PartnerMapOptions {
	/** Unique id prefix inside the page. */
	id: string;
	/** Width of the drawing (SVG units). */
	width: number;
	title: string;
	description: string;
	/** Page that lists the partners by commune (for grouped markers); default: the current page. */
	listHref?: string;
	/** Number of largest towns drawn for orientation (default 6; 0 for none). */
	references?: number;
	/** Whether markers show their commune's name (default true). */
	captions?: boolean;
	/** Whether single partners also link to their commune's list instead of their page (default false). */
	singlesToList?: boolean;
	/** Decimals of the outline path (default 1). */
	digits?: number;
	/** Drop outline vertices closer than this (SVG units; default 0), for small maps. */
	minDistance?: number;
}

/** The map of the territory with the given partners, as an SVG string, and where each partner went. */
export function renderPartnerMap<P extends MapPartner>(partners: readonly P[], options: PartnerMapOptions): { svg: string; placement: Placement<P> } {
	const territory = loadTerritory();
	const frame = createMapFrame(loadOutline(), { width: options.width, parallels: territory.geo.parallels, digits: options.digits ?? 1, minDistance: options.minDistance ?? 0 });
	const placement = placeMarkers(partners, communesByCode(), frame.project);
	const markerCodes = new Set(placement.groups.map((group) => group.commune.code));
	const references = spacedReferences(
		[...loadCommunes()].filter((commune) => !markerCodes.has(commune.code)),
		frame.project,
		placement.groups.map((group) => [group.x, group.y] as [number, number]),
		options.references ?? 6,
		frame.width / 12,
	);
	const svg = renderMapSvg({
		id: options.id,
		width: frame.width,
		height: frame.height,
		outlinePath: frame.outlinePath,
		title: options.title,
		description: options.description,
		attribution: territory.geo.attribution,
		markers: partnerMarkers(placement.groups, options.listHref ?? '', { captions: options.captions ?? true, singlesToList: options.singlesToList ?? false }),
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
