/** Where partners go on the map: one marker per commune, grouping the partners of the same commune. */

/** The least a marker needs to know about a place. */
export interface MapPlace {
	code: string;
	nom: string;
	lon: number;
	lat: number;
}

/** The least a marker needs to know about a partner. */
export interface MapItem {
	id: string;
	name: string;
	category: string;
	commune?: string | undefined;
}

/** One marker: a commune, its position in the drawing, and the partners it stands for (one or more). */
export interface MarkerGroup<Item extends MapItem = MapItem> {
	commune: MapPlace;
	x: number;
	y: number;
	items: Item[];
}

export interface Placement<Item extends MapItem> {
	/** One marker per commune that has partners, sorted west to east then north to south. */
	groups: MarkerGroup<Item>[];
	/** Partners without a commune (or whose point cannot be projected): listed, not drawn. */
	unplaced: Item[];
}

/**
 * Places each item at its commune's representative point, projected with `project`, and gathers
 * the items of one commune into one marker. Items keep their input order inside a group.
 */
export function placeMarkers<Item extends MapItem>(
	items: readonly Item[],
	communes: ReadonlyMap<string, MapPlace>,
	project: (point: [number, number]) => [number, number] | null,
): Placement<Item> {
	const byCommune = new Map<string, MarkerGroup<Item>>();
	const unplaced: Item[] = [];
	for (const item of items) {
		const commune = item.commune === undefined ? undefined : communes.get(item.commune);
		const point = commune ? project([commune.lon, commune.lat]) : null;
		if (!commune || !point) {
			unplaced.push(item);
			continue;
		}
		const group = byCommune.get(commune.code) ?? { commune, x: point[0], y: point[1], items: [] };
		group.items.push(item);
		byCommune.set(commune.code, group);
	}
	const groups = [...byCommune.values()].sort((a, b) => a.x - b.x || a.y - b.y);
	return { groups, unplaced };
}

/** Whether a marker stands for several partners (drawn with a count, linking to a list). */
export function isGroup(group: MarkerGroup): boolean {
	return group.items.length > 1;
}
