import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { GlossaryEntryInput } from '../../src/schemas/glossary';
import type { ProseGenerator } from './prose';
import type { Random } from './random';

const syntheticSource = { title: 'Données synthétiques du banc d’essai : entrée fictive générée, sans lien avec un sigle réel' };
const letters = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

/** Lower case without accents: how the glossary check compares terms. */
const folded = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();

/**
 * Fills `<root>/lexique/` up to `total` entries with synthetic ones, valid per the glossary schema:
 * four in five are acronyms (« QZT », expanded by a generated title), the others two-word concepts.
 * Terms and ids never collide with the real entries, so the duplicate check passes.
 */
export function generateGlossaryTerms(root: string, total: number, random: Random, prose: ProseGenerator): void {
	const folder = join(root, 'lexique');
	mkdirSync(folder, { recursive: true });
	const taken = new Set<string>();
	let existing = 0;
	for (const file of readdirSync(folder).filter((name) => name.endsWith('.yaml') && !name.startsWith('_'))) {
		const entry = parse(readFileSync(join(folder, file), 'utf8')) as GlossaryEntryInput;
		existing++;
		for (const form of [entry.term, entry.id, ...(entry.aliases ?? [])]) taken.add(folded(form));
	}
	const ids: string[] = [];
	for (let index = 1; existing + ids.length < total; index++) {
		const isAcronym = index % 5 !== 0;
		// Acronyms start with Q or X and have four letters: no real French acronym of the corpus looks like that.
		const term = isAcronym
			? `${random.pick(['Q', 'X'])}${Array.from({ length: 3 }, () => random.pick([...letters])).join('')}`
			: `${prose.title().split(' ').slice(0, 2).join(' ').toLowerCase()} ${index}`;
		const id = `banc-${folded(term).replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')}`;
		if (taken.has(folded(term)) || taken.has(id) || id === 'banc-') continue;
		taken.add(folded(term));
		taken.add(id);
		const entry: GlossaryEntryInput = {
			id,
			term,
			kind: isAcronym ? 'sigle' : 'concept du dispositif',
			...(isAcronym ? { expansion: prose.title() } : {}),
			definition: prose.sentence(),
			related: ids.length > 0 ? [random.pick(ids)] : [],
			sources: [syntheticSource],
		};
		ids.push(id);
		writeFileSync(join(folder, `${id}.yaml`), stringify(entry));
	}
}
