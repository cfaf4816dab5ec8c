import { basename, extname } from 'node:path';
import { checkReferences, type Loaded } from '../content-loading/load-data';
import type { ContentProblem } from '../schemas/friendly-errors';
import { describeValue } from '../schemas/friendly-errors';
import type { AllowedAcronym, GlossaryEntry } from '../schemas/glossary';
import { findAcronymTokens, isKnownAcronym, knownForms } from './acronyms';
import { glossaryKinds } from './kinds';
import { comparisonKey } from './text';

/**
 * Checks that hold between entries of the glossary, after each file matched the schema:
 * - the file is named after the entry's id (`crip.yaml` holds `id: crip`);
 * - no two terms or aliases are the same once case and accents are ignored (`Pair-aidance` and
 *   `pair-aidance`, or an alias repeating a term of another entry);
 * - every `related` id exists (with a « vouliez-vous dire » suggestion) and is not the entry itself;
 * - no id takes the address of a page per kind (`/lexique/sigles/`) or of the list's later pages (`page`);
 * - the glossary's own text (expansion, definition, how to hear it) uses no acronym without an
 *   entry, as for the pages (it is shown on `/lexique/`).
 * @param allowed the acronyms accepted without an entry (`_sigles-admis.yaml`)
 * @returns every problem found, in French, naming the file and the field
 */
export function validateGlossary(entries: readonly Loaded<GlossaryEntry>[], allowed: readonly AllowedAcronym[] = []): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const known = knownForms(entries, allowed);
	// `page` is taken too: later pages of a long list live at `/lexique/page/2/`.
	const kindSlugs = new Set<string>([...glossaryKinds.map((kind) => kind.slug), 'page']);
	const owners = new Map<string, { entry: Loaded<GlossaryEntry>; field: string; form: string }>();

	for (const entry of entries) {
		const file = entry.sourceFile;
		const expectedName = basename(file, extname(file));
		if (expectedName !== entry.id) {
			problems.push({ file, field: 'id', received: describeValue(entry.id), expected: `le même identifiant que le nom du fichier : renommez le fichier en « ${entry.id}${extname(file)} » ou écrivez « id: ${expectedName} »` });
		}
		if (kindSlugs.has(entry.id)) {
			problems.push({ file, field: 'id', received: describeValue(entry.id), expected: `un autre identifiant : « /lexique/${entry.id}/ » est déjà une page de la liste du lexique` });
		}
		const forms: { field: string; form: string }[] = [{ field: 'term', form: entry.term }, ...entry.aliases.map((form, index) => ({ field: `aliases.${index}`, form }))];
		for (const { field, form } of forms) {
			const key = comparisonKey(form);
			const owner = owners.get(key);
			if (owner) {
				const where = owner.entry === entry ? `le champ « ${owner.field} » de la même entrée` : `« ${owner.form} » (${owner.field}) dans ${owner.entry.sourceFile}`;
				problems.push({ file, field, received: describeValue(form), expected: `un terme ou une variante unique, sans tenir compte des majuscules ni des accents : il double ${where}` });
				continue;
			}
			owners.set(key, { entry, field, form });
		}
		for (const field of ['expansion', 'definition', 'hearing'] as const) {
			const unknown = [...new Set(findAcronymTokens(entry[field] ?? ''))].filter((token) => !isKnownAcronym(token, known));
			for (const token of unknown) {
				problems.push({ file, field, received: describeValue(token), expected: `un sigle qui a sa propre entrée dans le lexique : ajoutez-la, écrivez le mot en toutes lettres, ou ajoutez-le avec sa raison dans _sigles-admis.yaml` });
			}
		}
		entry.related.forEach((id, index) => {
			if (id === entry.id) problems.push({ file, field: `related.${index}`, received: describeValue(id), expected: 'l’identifiant d’une autre entrée (une entrée ne renvoie pas à elle-même)' });
		});
	}

	const references = entries.flatMap((entry) => entry.related.map((id, index) => ({ file: entry.sourceFile, field: `related.${index}`, id })));
	problems.push(...checkReferences(references, entries.map((entry) => entry.id), 'entrée du lexique'));
	return problems;
}
