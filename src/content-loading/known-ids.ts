import { existsSync, readdirSync } from 'node:fs';
import { extname, join } from 'node:path';
import { readDataFile } from './load-data';

/**
 * The `id` (and `name`, when there is one) of every YAML/JSON file of a content folder, without
 * validating the rest of the file: the collection's own loader does that. Lets a collection check
 * references to another one (an event's organiser among `partenaires/`) without depending on its
 * schema. A missing folder gives an empty map.
 */
export function readIds(folder: string): Map<string, string | undefined> {
	const ids = new Map<string, string | undefined>();
	if (!existsSync(folder)) return ids;
	const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter(
		(name) => ['.yaml', '.yml', '.json'].includes(extname(name)) && !name.split(/[\\/]/).some((part) => part.startsWith('_')),
	);
	for (const name of files) {
		const { data } = readDataFile(join(folder, name));
		const fields = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
		if (typeof fields.id === 'string') ids.set(fields.id, typeof fields.name === 'string' ? fields.name : undefined);
	}
	return ids;
}
