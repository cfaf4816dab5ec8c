import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataFile } from '../../src/content-loading/load-data';
import { glossaryKinds } from '../../src/glossary/kinds';
import { checkPageAcronyms } from '../../src/glossary/check-pages';
import { clearGlossaryCache, loadAllowedAcronyms, loadGlossary } from '../../src/glossary/load';
import { comparisonKey } from '../../src/glossary/text';
import { ContentError, parseWithFriendlyErrors } from '../../src/schemas/friendly-errors';
import { GlossaryEntrySchema } from '../../src/schemas/glossary';

const fixtures = join(import.meta.dirname, '../fixtures');

/** Every acronym of the source document's list of acronyms (« Liste des sigles utilisés »). */
const sourceAcronyms = 'ACPE ADEPAPE AED AEMO AGRASC ANESM ARS ASE CAFDES CASF CCAS CDEF CDLP CIDE CNPE COFIL CRIP CRT CSE CVM CVS DDETS DPPE DREES DREETS DGCS EHPAD ETP FNARS FJT GCSMS HAS IGAS IGA IGJ IME IP MDPH MECS ODPE ONPE PARE PRIFE PMI SNATED SWOT UNAFORIS URSAFF'.split(' ');
/** Other acronyms of the source's text, and the terms the glossary must explain. */
const otherAcronyms = 'AAP AVP CHU CMP COPIL DDPE E2C ESMS GEPP IST MNA PARÉ PJJ PRIPE SIAO'.split(' ');
const requiredTerms = [
	'michetonnage', 'pigeonnage', 'crasseuse', 'dépannage', 'escorte', 'sugar daddy', 'je gère', 'prostitution 2.0',
	'prostitution', 'prostitution des mineurs', 'mineur en danger', 'information préoccupante', 'signalement', 'proxénétisme',
	'placement administratif', 'placement judiciaire', 'assistance éducative', 'contrat jeune majeur', 'secret professionnel partagé',
	'dispositif', 'instance de coopération', 'coopération', 'mutualisation', 'intelligence collective', 'lieu-ressource',
	'référent de parcours', 'pair-aidance', 'traumatophilie', 'démarche clinique',
];

describe('the glossary of the content folder', () => {
	const glossary = loadGlossary();
	const forms = new Set(glossary.flatMap((entry) => [entry.term, ...entry.aliases]).map(comparisonKey));

	it('loads, validates and sorts every entry A-Z', () => {
		expect(glossary.length).toBeGreaterThanOrEqual(100);
		const terms = glossary.map((entry) => entry.term);
		expect(terms).toEqual([...terms].sort((a, b) => a.localeCompare(b, 'fr', { sensitivity: 'base', ignorePunctuation: true, numeric: true })));
	});

	it('covers every acronym of the source’s list, the other acronyms of its text, and the required terms', () => {
		const missing = [...sourceAcronyms, ...otherAcronyms, ...requiredTerms].filter((form) => !forms.has(comparisonKey(form)));
		expect(missing).toEqual([]);
	});

	it('has entries of every kind, slang with a note on how to hear it and acronyms with their expansion', () => {
		for (const kind of glossaryKinds) expect(glossary.some((entry) => entry.kind === kind.id)).toBe(true);
		for (const entry of glossary.filter((item) => item.kind === 'mot des jeunes')) expect(entry.hearing, entry.id).toBeTruthy();
		for (const entry of glossary.filter((item) => item.kind === 'sigle')) expect(entry.expansion, entry.id).toBeTruthy();
	});

	it('is memoised: the pages and the plugin share one load', () => {
		expect(loadGlossary()).toBe(glossary);
	});

	it('knows every acronym used by the site’s pages', () => {
		expect(checkPageAcronyms({ glossary, allowed: loadAllowedAcronyms() })).toEqual([]);
	});
});

describe('glossary entries that break the rules', () => {
	const badFolder = join(fixtures, 'bad-content/lexique');
	const cases: Record<string, string> = {
		'empty-definition.yaml': 'champ « definition » : valeur reçue «     » ; attendu : une définition non vide',
		'sigle-without-expansion.yaml': 'champ « expansion » : valeur reçue (rien : le champ est absent) ; attendu : la forme développée du sigle « MECS »',
		'unknown-kind.yaml': 'champ « kind » : valeur reçue « argot » ; attendu : un de ces types : « sigle », « mot des jeunes »',
		'slang-without-hearing.yaml': 'champ « hearing » : valeur reçue (rien : le champ est absent) ; attendu : pour un mot des jeunes, une note « comment l’entendre »',
		'no-source.yaml': 'champ « sources » : valeur reçue « [] » ; attendu : au moins une source',
	};

	/** Refused by the checks between entries, not by the schema: tested below and by the bad-content corpus. */
	const betweenEntries = ['page.yaml'];

	it('has one fixture per rule', () => {
		expect(readdirSync(badFolder).filter((name) => !betweenEntries.includes(name)).sort()).toEqual(Object.keys(cases).sort());
	});

	for (const [name, expected] of Object.entries(cases)) {
		it(`rejects ${name} with a message naming the file and the field`, () => {
			const file = resolve(badFolder, name);
			const { data } = readDataFile(file);
			expect(() => parseWithFriendlyErrors(GlossaryEntrySchema, data, `tests/fixtures/bad-content/lexique/${name}`)).toThrow(ContentError);
			try {
				parseWithFriendlyErrors(GlossaryEntrySchema, data, `tests/fixtures/bad-content/lexique/${name}`);
			} catch (error) {
				expect((error as Error).message).toContain(`Fichier tests/fixtures/bad-content/lexique/${name}`);
				expect((error as Error).message).toContain(expected);
			}
		});
	}
});

describe('checks between entries', () => {
	function problemsOf(root: string): string {
		clearGlossaryCache();
		try {
			loadGlossary(root);
		} catch (error) {
			expect(error).toBeInstanceOf(ContentError);
			return (error as Error).message;
		}
		throw new Error('le lexique aurait dû être refusé');
	}

	it('reports duplicate terms and aliases regardless of case and accents, and a file not named after its id, all at once', () => {
		const message = problemsOf(join(fixtures, 'glossary/duplicates'));
		expect(message).toContain('Lexique invalide (lexique/) (3 problèmes)');
		// Files are read in name order: the second file holding a form is the one reported.
		expect(message).toContain('Fichier tests/fixtures/glossary/duplicates/lexique/ase.yaml\n  - champ « term » : valeur reçue « ASE » ; attendu : un terme ou une variante unique, sans tenir compte des majuscules ni des accents : il double « Ase » (aliases.0) dans tests/fixtures/glossary/duplicates/lexique/aide-sociale.yaml');
		expect(message).toContain('Fichier tests/fixtures/glossary/duplicates/lexique/mediation.yaml\n  - champ « term » : valeur reçue « Médiation » ; attendu : un terme ou une variante unique, sans tenir compte des majuscules ni des accents : il double « mediation » (term) dans tests/fixtures/glossary/duplicates/lexique/mediation-bis.yaml');
		expect(message).toContain('Fichier tests/fixtures/glossary/duplicates/lexique/cvs.yaml\n  - champ « id » : valeur reçue « mauvais-nom » ; attendu : le même identifiant que le nom du fichier');
	});

	it('reports a related id that does not exist, with a suggestion, an entry related to itself, and an unknown acronym in a definition', () => {
		const message = problemsOf(join(fixtures, 'glossary/unknown-related'));
		expect(message).toContain('champ « related.0 » : valeur reçue « information-preocupante » ; attendu : l’identifiant d’un·e entrée du lexique existant·e (vouliez-vous dire « information-preoccupante » ?)');
		expect(message).toContain('champ « related.1 » : valeur reçue « crip » ; attendu : l’identifiant d’une autre entrée');
		// The glossary's own text follows the rule of the pages: no acronym without an entry.
		expect(message).toContain('Fichier tests/fixtures/glossary/unknown-related/lexique/information-preoccupante.yaml\n  - champ « definition » : valeur reçue « ZQX » ; attendu : un sigle qui a sa propre entrée dans le lexique');
		clearGlossaryCache();
	});

	it('refuses an id that would take the address of the list’s later pages (/lexique/page/2/)', () => {
		const root = mkdtempSync(join(tmpdir(), 'glossary-page-id-'));
		mkdirSync(join(root, 'lexique'));
		cpSync(join(fixtures, 'bad-content/lexique/page.yaml'), join(root, 'lexique/page.yaml'));
		try {
			expect(problemsOf(root)).toContain('champ « id » : valeur reçue « page » ; attendu : un autre identifiant : « /lexique/page/ » est déjà une page de la liste du lexique');
		} finally {
			clearGlossaryCache();
			rmSync(root, { recursive: true, force: true });
		}
	});
});
