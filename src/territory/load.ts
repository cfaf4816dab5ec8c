import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { contentRoot } from '../content-loading/content-root';
import { loadDataFile } from '../content-loading/load-data';
import { EmergencyFileSchema, type EmergencyNumber } from '../schemas/emergency';
import { TerritorySchema, type Territory } from '../schemas/territory';

const territoryFile = 'territoire/territoire.yaml';

let cachedTerritory: Territory | undefined;

/** The territory settings of the content root being built (validated once, then cached). */
export function loadTerritory(): Territory {
	cachedTerritory ??= loadDataFile(territoryFile, TerritorySchema);
	return cachedTerritory;
}

/** Reads a JSON file named by the territory settings (map outline, communes). */
export function readTerritoryJson<T>(relativePath: string): T {
	const folder = dirname(resolve(contentRoot(), territoryFile));
	return JSON.parse(readFileSync(resolve(folder, relativePath), 'utf8')) as T;
}

let cachedEmergency: EmergencyNumber[] | undefined;

/** The emergency numbers, each with its source, in the order the coordinators chose. */
export function loadEmergencyNumbers(): EmergencyNumber[] {
	cachedEmergency ??= loadDataFile('urgences.yaml', EmergencyFileSchema).numbers;
	return cachedEmergency;
}
