import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { distance as levenshtein } from 'fastest-levenshtein';
import { parse as parseYaml, YAMLParseError } from 'yaml';
import type { z } from 'astro/zod';
import { ContentError, describeValue, problemsFromZodError, type ContentProblem } from '../schemas/friendly-errors';
import { contentRoot, displayPath } from './content-root';

/** An entry read from one data file, with the file it came from (for later error messages). */
export type Loaded<T> = T & { readonly sourceFile: string };

const dataExtensions = new Set(['.yaml', '.yml', '.json']);

type ReadResult = { data?: unknown; problem?: ContentProblem };

/**
 * Parsed files of this process, by path, with the modification time and size they were read at.
 * Kept on `globalThis` because the content validation (run by the Astro config) and the pages (run
 * from Vite's bundle) load separate copies of this module: with it, each file is parsed once per
 * build (YAML parsing is most of the cost of loading thousands of entries). A changed file
 * (`astro dev`) has another time or size and is read again. Callers must not mutate `data`.
 */
const parsedFiles: Map<string, { stamp: string; result: ReadResult }> = ((globalThis as { [key: symbol]: unknown })[Symbol.for('hub.parsed-data-files')] ??= new Map()) as Map<
	string,
	{ stamp: string; result: ReadResult }
>;

/** Reads and parses one YAML or JSON file (once per version of the file); a syntax error becomes a French problem with the line. */
export function readDataFile(absolutePath: string): ReadResult {
	const { mtimeMs, size } = statSync(absolutePath);
	const stamp = `${mtimeMs}:${size}`;
	const cached = parsedFiles.get(absolutePath);
	if (cached?.stamp === stamp) return cached.result;
	const result = parseDataFile(absolutePath);
	parsedFiles.set(absolutePath, { stamp, result });
	return result;
}

function parseDataFile(absolutePath: string): ReadResult {
	const file = displayPath(absolutePath);
	const text = readFileSync(absolutePath, 'utf8');
	try {
		const data = extname(absolutePath) === '.json' ? JSON.parse(text) : parseYaml(text);
		return { data };
	} catch (error) {
		const where = error instanceof YAMLParseError && error.linePos ? ` (ligne ${error.linePos[0].line}, colonne ${error.linePos[0].col})` : '';
		return {
			problem: {
				file,
				field: '',
				received: `un fichier illisible${where}`,
				expected: `un fichier ${extname(absolutePath) === '.json' ? 'JSON' : 'YAML'} valide : vérifiez l’indentation, les deux-points et les guillemets (${(error as Error).message.split('\n')[0]})`,
			},
		};
	}
}

export interface LoadDirectoryOptions<Schema extends z.ZodType> {
	/** Folder inside the content root, e.g. `partenaires`. */
	directory: string;
	/** Schema each file must match. */
	schema: Schema;
	/** Field that identifies an entry and must be unique (default `id`). */
	idField?: string;
	/** Content root to read from (default: `contentRoot()`). */
	root?: string;
	/** Whether a missing folder is allowed (default `true`: it gives an empty list). */
	optional?: boolean;
}

/**
 * Loads every YAML/JSON file of a content folder (files starting with `_` are ignored), validates each
 * with `schema`, checks that ids are unique, and throws one `ContentError` listing every problem.
 * Nothing is silently dropped: an invalid file stops the build.
 */
export function loadDataDirectory<Schema extends z.ZodType>(options: LoadDirectoryOptions<Schema>): Loaded<z.output<Schema>>[] {
	const { directory, schema, idField = 'id', optional = true } = options;
	const folder = resolve(options.root ?? contentRoot(), directory);
	if (!existsSync(folder)) {
		if (optional) return [];
		throw new ContentError([{ file: displayPath(folder), field: '', received: '(dossier absent)', expected: `le dossier ${directory}/ avec au moins un fichier` }]);
	}
	const files = readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.filter((name) => dataExtensions.has(extname(name)) && !name.split(/[\\/]/).some((part) => part.startsWith('_')))
		.sort();
	const problems: ContentProblem[] = [];
	const entries: Loaded<z.output<Schema>>[] = [];
	const seenIds = new Map<string, string>();
	for (const name of files) {
		const absolutePath = join(folder, name);
		const file = displayPath(absolutePath);
		const { data, problem } = readDataFile(absolutePath);
		if (problem) {
			problems.push(problem);
			continue;
		}
		const result = schema.safeParse(data);
		if (!result.success) {
			problems.push(...problemsFromZodError(result.error, data, file));
			continue;
		}
		const entry = result.data as Record<string, unknown>;
		const id = entry[idField];
		if (typeof id === 'string') {
			const firstFile = seenIds.get(id);
			if (firstFile) {
				problems.push({ file, field: idField, received: describeValue(id), expected: `un identifiant unique : « ${id} » est déjà utilisé par ${firstFile}` });
				continue;
			}
			seenIds.set(id, file);
		}
		entries.push({ ...(result.data as object), sourceFile: file } as Loaded<z.output<Schema>>);
	}
	if (problems.length > 0) throw new ContentError(problems, `Contenu invalide dans ${directory}/`);
	return entries;
}

/** Loads one YAML/JSON file of the content root and validates it (for single files such as `urgences.yaml`). */
export function loadDataFile<Schema extends z.ZodType>(relativePath: string, schema: Schema, root = contentRoot()): z.output<Schema> {
	const absolutePath = resolve(root, relativePath);
	const file = displayPath(absolutePath);
	if (!existsSync(absolutePath)) {
		throw new ContentError([{ file, field: '', received: '(fichier absent)', expected: `le fichier ${relativePath}` }]);
	}
	const { data, problem } = readDataFile(absolutePath);
	if (problem) throw new ContentError([problem]);
	const result = schema.safeParse(data);
	if (!result.success) throw new ContentError(problemsFromZodError(result.error, data, file));
	return result.data;
}

/**
 * Checks references between collections (a partner id named by an event, a related term...).
 * Returns one problem per unknown id, with the closest known id as a suggestion.
 */
export function checkReferences(
	references: { file: string; field: string; id: string }[],
	knownIds: Iterable<string>,
	kind: string,
): ContentProblem[] {
	const known = [...knownIds];
	const knownSet = new Set(known);
	return references
		.filter(({ id }) => !knownSet.has(id))
		.map(({ file, field, id }) => {
			const suggestion = closest(id, known);
			return {
				file,
				field,
				received: describeValue(id),
				expected: `l’identifiant d’un·e ${kind} existant·e${suggestion ? ` (vouliez-vous dire « ${suggestion} » ?)` : ''}`,
			};
		});
}

/** The known id nearest to `id` by edit distance (fastest-levenshtein), if close enough to be a likely typo. */
function closest(id: string, known: string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Math.max(3, Math.floor(id.length / 3)) + 1;
	for (const candidate of known) {
		const distance = levenshtein(id, candidate);
		if (distance < bestDistance) {
			best = candidate;
			bestDistance = distance;
		}
	}
	return best;
}
