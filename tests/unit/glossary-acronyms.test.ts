import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findAcronymTokens, isAcronymForm, isKnownAcronym, isRomanNumeral, knownForms } from '../../src/glossary/acronyms';
import { acronymProblems, checkPageAcronyms, checkPageAcronymsOf, extractPageText, findMissingAcronyms } from '../../src/glossary/check-pages';
import { formatProblems } from '../../src/schemas/friendly-errors';
import { loadAllowedAcronyms, loadGlossary } from '../../src/glossary/load';

const root = join(import.meta.dirname, '../fixtures/glossary/pages-check');

describe('what counts as an acronym', () => {
	it('finds words of two capitals or more, with digits, accents or hyphens', () => {
		expect(findAcronymTokens('L’ASE, la CRIP, l’E2C, le projet PARÉ, le CD63, CE-CLER et COVID-19.')).toEqual(['ASE', 'CRIP', 'E2C', 'PARÉ', 'CD63', 'CE-CLER', 'COVID-19']);
	});

	it('drops a plural s and ignores single capitals, lowercase words and capitals glued to lowercase', () => {
		expect(findAcronymTokens('Des IPs. À la Base, une ase, le mot ASEx et MiPROF, puis A et É.')).toEqual(['IP']);
	});

	it('leaves out roman numerals written with I, V, X and L, but not C, D or M', () => {
		expect(findAcronymTokens('Au XXe siècle, chapitre IV, tome XII, loi XIV ; un CDI, un MD.')).toEqual(['CDI', 'MD']);
		expect(isRomanNumeral('XIV')).toBe(true);
		expect(isRomanNumeral('CD')).toBe(false);
		expect(isRomanNumeral('I')).toBe(false);
	});

	it('ignores URLs and e-mail addresses', () => {
		expect(findAcronymTokens('Voir https://example.org/ASE/CRIP, www.SITE.FR/MDPH et ecrire@DOMAINE.FR.')).toEqual([]);
	});

	it('tells an acronym form from a word', () => {
		expect(isAcronymForm('CDEF')).toBe(true);
		expect(isAcronymForm('E2C')).toBe(true);
		expect(isAcronymForm('CDEF 63')).toBe(true);
		expect(isAcronymForm('Droit d’Enfance')).toBe(false);
		expect(isAcronymForm('A')).toBe(false);
	});

	it('accepts a token whose parts are known once digits are removed, accents aside, case kept', () => {
		const known = knownForms([{ term: 'CDEF', aliases: [] }, { term: 'PARÉ', aliases: [] }, { term: 'ASE', aliases: [] }, { term: 'PJJ', aliases: [] }] as never, []);
		expect(isKnownAcronym('CDEF63', known)).toBe(true);
		expect(isKnownAcronym('CDEF-63', known)).toBe(true);
		expect(isKnownAcronym('ASE-PJJ', known)).toBe(true);
		expect(isKnownAcronym('PARE', known)).toBe(true);
		expect(isKnownAcronym('ASE-CRIP', known)).toBe(false);
		expect(isKnownAcronym('MECS', known)).toBe(false);
	});
});

describe('the text of a page', () => {
	it('keeps prose, headings, link text, the title and component text attributes; drops code and MDX code', () => {
		const text = extractPageText(
			['---', 'title: Le SIAO', '---', '', "import X from './x';", '', '## La CRIP', '', '[le CMP](https://example.org/PMI) et `ODPE`', '', '<X title="Avec la MDPH" href="/MECS/">{"ONPE"}</X>', '', '```', 'ESMS', '```'].join('\n'),
			'mdx',
		)
			.map((segment) => segment.text)
			.join(' | ');
		for (const kept of ['Le SIAO', 'La CRIP', 'le CMP', 'Avec la MDPH']) expect(text).toContain(kept);
		for (const dropped of ['PMI', 'ODPE', 'MECS', 'ONPE', 'ESMS', 'import']) expect(text).not.toContain(dropped);
	});

	it('gives the line of each segment in the file, frontmatter included', () => {
		const segments = extractPageText('---\ntitle: Titre\n---\n\nPremière ligne.\n\nTroisième.\n', 'md');
		expect(segments).toContainEqual({ text: 'Titre', line: 2 });
		expect(segments).toContainEqual({ text: 'Troisième.', line: 7 });
	});
});

describe('the check that every acronym of the pages has an entry', () => {
	const glossary = loadGlossary(root);
	const missing = checkPageAcronyms({ glossary, allowed: loadAllowedAcronyms(root), root });

	it('reports every missing acronym at once, each with its pages and lines', () => {
		expect(missing.map((item) => item.acronym)).toEqual(['CE-CLER', 'DPPE', 'IP', 'MDPH', 'SIAO', 'URSAFF']);
		const mdph = missing.find((item) => item.acronym === 'MDPH')!;
		expect(mdph.uses).toEqual([
			{ page: 'tests/fixtures/glossary/pages-check/pages/accueil.mdx', line: 8 },
			{ page: 'tests/fixtures/glossary/pages-check/pages/guides/fiche.md', line: 5 },
		]);
	});

	it('suggests the known acronym a typo is close to', () => {
		expect(missing.find((item) => item.acronym === 'URSAFF')?.suggestion).toBe('URSSAF');
	});

	it('skips known acronyms, the allowlist, code, expressions and draft pages', () => {
		const reported = missing.map((item) => item.acronym);
		for (const fine of ['ASE', 'CDEF', 'CDEF63', 'PDF', 'ODPE', 'ONPE', 'PMI', 'ZZZ', 'IV', 'XXI']) expect(reported).not.toContain(fine);
	});

	it('writes a French report that names each page, the lines, the acronym and the remedy', () => {
		const problems = checkPageAcronymsOf(root);
		expect(problems).toEqual(acronymProblems(missing));
		const message = formatProblems(problems);
		expect(message).toContain('Fichier tests/fixtures/glossary/pages-check/pages/accueil.mdx\n');
		expect(message).toContain('champ « ligne 8 » : valeur reçue « MDPH » ; attendu : un sigle qui a son entrée dans le lexique : ajoutez content/lexique/mdph.yaml');
		expect(message).toContain('champ « ligne 5 » : valeur reçue « URSAFF » ; attendu : un sigle qui a son entrée dans le lexique (vouliez-vous dire « URSSAF » ?)');
		expect(message).toContain('content/lexique/_sigles-admis.yaml');
		expect(problems.filter((problem) => problem.received === '« MDPH »').map((problem) => problem.file)).toEqual([
			'tests/fixtures/glossary/pages-check/pages/accueil.mdx',
			'tests/fixtures/glossary/pages-check/pages/guides/fiche.md',
		]);
	});

	it('leaves an invalid glossary to its own validator', () => {
		expect(checkPageAcronymsOf(join(import.meta.dirname, '../fixtures/glossary/duplicates'))).toEqual([]);
	});

	it('finds nothing missing when every acronym is known', () => {
		expect(findMissingAcronyms([{ file: 'p.md', source: 'L’ASE et le CDEF.' }], knownForms(glossary, []))).toEqual([]);
	});
});

describe('pages that cannot be read', () => {
	it('are left to the page checks instead of stopping the acronym check', () => {
		const pages = [
			{ file: 'cassee.mdx', source: '---\ntitle: "pas fermé\n---\n\nLe ZZZ.' },
			{ file: 'jsx.mdx', source: '---\ntitle: x\n---\n\n<Aside>non fermé ZZZ' },
			{ file: 'bonne.md', source: 'Le YYY.' },
		];
		expect(findMissingAcronyms(pages, new Set()).map((item) => item.acronym)).toEqual(['YYY']);
	});
});
