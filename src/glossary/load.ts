import { existsSync, readdirSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { contentRoot, displayPath } from '../content-loading/content-root';
import { loadDataFile, readDataFile, type Loaded } from '../content-loading/load-data';
import { ContentError, problemsFromZodError, type ContentProblem } from '../schemas/friendly-errors';
import { AllowedAcronymFileSchema, GlossaryEntrySchema, type AllowedAcronym, type GlossaryEntry } from '../schemas/glossary';
import { compareTerms } from './text';
import { validateGlossary } from './validate';

/** Folder of the glossary inside the content root: one YAML file per entry. */
export const glossaryDirectory = 'lexique';
/** File of acronyms accepted without an entry (starts with `_`, so it is not an entry). */
export const allowedAcronymsFile = `${glossaryDirectory}/_sigles-admis.yaml`;

export type LoadedGlossaryEntry = Loaded<GlossaryEntry>;

const dataExtensions = new Set(['.yaml', '.yml', '.json']);
const glossaryCache = new Map<string, LoadedGlossaryEntry[]>();
const allowedCache = new Map<string, AllowedAcronym[]>();

/**
 * Reads, validates and sorts (A-Z, French order) every entry of `content/lexique/`. The result is
 * memoised per content root: the pages and the Markdown plugin read the files once per build.
 * @throws ContentError listing every problem at once (schema, duplicates, unknown related ids)
 */
export function loadGlossary(root = contentRoot()): LoadedGlossaryEntry[] {
	const cached = glossaryCache.get(root);
	if (cached) return cached;
	const folder = resolve(root, glossaryDirectory);
	if (!existsSync(folder)) {
		glossaryCache.set(root, []);
		return [];
	}
	const problems: ContentProblem[] = [];
	const entries: LoadedGlossaryEntry[] = [];
	const files = readdirSync(folder, { encoding: 'utf8' })
		.filter((name) => dataExtensions.has(extname(name)) && !name.startsWith('_'))
		.sort();
	for (const name of files) {
		const absolutePath = join(folder, name);
		const { data, problem } = readDataFile(absolutePath);
		if (problem) {
			problems.push(problem);
			continue;
		}
		const result = GlossaryEntrySchema.safeParse(data);
		if (!result.success) {
			problems.push(...problemsFromZodError(result.error, data, displayPath(absolutePath)));
			continue;
		}
		entries.push({ ...result.data, sourceFile: displayPath(absolutePath) });
	}
	problems.push(...validateGlossary(entries, loadAllowedAcronyms(root)));
	if (problems.length > 0) throw new ContentError(problems, `Lexique invalide (${glossaryDirectory}/)`);
	entries.sort((a, b) => compareTerms(a.term, b.term));
	glossaryCache.set(root, entries);
	return entries;
}

/** The forms accepted in pages without an entry (`content/lexique/_sigles-admis.yaml`), memoised. */
export function loadAllowedAcronyms(root = contentRoot()): AllowedAcronym[] {
	const cached = allowedCache.get(root);
	if (cached) return cached;
	const allowed = existsSync(resolve(root, allowedAcronymsFile)) ? loadDataFile(allowedAcronymsFile, AllowedAcronymFileSchema, root).allowed : [];
	allowedCache.set(root, allowed);
	return allowed;
}

/** Forgets what was loaded (tests, or the dev server after an edit of `content/lexique/`). */
export function clearGlossaryCache(): void {
	glossaryCache.clear();
	allowedCache.clear();
}
