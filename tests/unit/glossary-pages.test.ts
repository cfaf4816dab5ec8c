import { describe, expect, it } from 'vitest';
import { countByKind, entryAnchor, entryPath, entryTitle, groupByLetter, kindPath, letterAnchor, relatedEntries, shortDescription } from '../../src/glossary/pages';
import { glossaryKinds } from '../../src/glossary/kinds';
import { compareTerms, comparisonKey, indexLetter } from '../../src/glossary/text';

describe('glossary page helpers', () => {
	it('files terms under their first letter without accent, and digits under #', () => {
		const groups = groupByLetter([{ term: '119' }, { term: 'ASE' }, { term: 'écoute' }, { term: 'Éducation' }, { term: '« je gère »' }]);
		expect(groups.map((group) => [group.letter, group.anchor, group.entries.map((entry) => entry.term)])).toEqual([
			['#', 'lettre-chiffres', ['119']],
			['A', 'lettre-a', ['ASE']],
			['E', 'lettre-e', ['écoute', 'Éducation']],
			['J', 'lettre-j', ['« je gère »']],
		]);
		expect(indexLetter('Œuvre')).toBe('O');
		expect(letterAnchor('C')).toBe('lettre-c');
	});

	it('sorts in French dictionary order, accents and case aside', () => {
		expect(['mutualisation', 'MECS', 'médiation', 'MDPH', 'Mission locale'].sort(compareTerms)).toEqual(['MDPH', 'MECS', 'médiation', 'Mission locale', 'mutualisation']);
	});

	it('compares terms without case, accents or apostrophe style', () => {
		expect(comparisonKey('Droit d’Enfance')).toBe(comparisonKey("DROIT D'ENFANCE"));
		expect(comparisonKey('Pair-aidance')).not.toBe(comparisonKey('pair aidance'));
	});

	it('gives each entry and kind a stable address', () => {
		expect(entryPath('crip')).toBe('/lexique/crip/');
		expect(entryAnchor('crip')).toBe('/lexique/#crip');
		expect(glossaryKinds.map(kindPath)).toEqual(['/lexique/sigles/', '/lexique/mots-des-jeunes/', '/lexique/notions-juridiques/', '/lexique/concepts-du-dispositif/', '/lexique/institutions/']);
	});

	it('lists related entries in the order given', () => {
		const all = [{ id: 'a', related: ['c', 'b'] }, { id: 'b', related: [] }, { id: 'c', related: [] }];
		expect(relatedEntries(all[0]!, all).map((entry) => entry.id)).toEqual(['c', 'b']);
	});

	it('counts entries per kind in the order of the closed list', () => {
		expect(countByKind([{ kind: 'sigle' }, { kind: 'institution' }, { kind: 'sigle' }]).map(({ kind, count }) => [kind.id, count])).toEqual([
			['sigle', 2],
			['mot des jeunes', 0],
			['notion juridique', 0],
			['concept du dispositif', 0],
			['institution', 1],
		]);
	});

	it('titles an acronym’s page with its expansion and shortens descriptions at a word', () => {
		expect(entryTitle({ term: 'CRIP', expansion: 'Cellule de recueil des informations préoccupantes' })).toBe('CRIP (Cellule de recueil des informations préoccupantes)');
		expect(entryTitle({ term: 'michetonnage' })).toBe('michetonnage');
		expect(shortDescription('un deux trois quatre', 12)).toBe('un deux…');
		expect(shortDescription('court', 12)).toBe('court');
	});
});
