import type { FeatureCollection, Polygon, MultiPolygon } from 'geojson';
import { loadTerritory, readTerritoryJson } from './load';

/** One commune of the territory, with its representative point (WGS 84). */
export interface Commune {
	/** INSEE code, e.g. `63113`. */
	code: string;
	/** Official name. */
	nom: string;
	/** Longitude of the representative point. */
	lon: number;
	/** Latitude of the representative point. */
	lat: number;
	/** Postal codes of the commune. */
	codesPostaux?: string[];
	/** Municipal population (reference year in the data's licence file). */
	population?: number;
}

/** The territory's outline: a GeoJSON collection of (multi)polygons with clockwise rings. */
export type Outline = FeatureCollection<Polygon | MultiPolygon>;

let cachedCommunes: Commune[] | undefined;
let cachedOutline: Outline | undefined;

/** Every commune of the territory, from the file named by `territoire.yaml` (`geo.communes`). */
export function loadCommunes(): Commune[] {
	cachedCommunes ??= readTerritoryJson<Commune[]>(loadTerritory().geo.communes);
	return cachedCommunes;
}

let cachedByCode: ReadonlyMap<string, Commune> | undefined;

/** The communes by INSEE code (built once: cards and partner pages look communes up thousands of times). */
export function communesByCode(): ReadonlyMap<string, Commune> {
	cachedByCode ??= new Map(loadCommunes().map((commune) => [commune.code, commune]));
	return cachedByCode;
}

/** The territory's outline, from the file named by `territoire.yaml` (`geo.outline`). */
export function loadOutline(): Outline {
	cachedOutline ??= readTerritoryJson<Outline>(loadTerritory().geo.outline);
	return cachedOutline;
}
