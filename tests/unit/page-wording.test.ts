import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { contentRoot } from '~/content-loading/content-root';
import { sourcedContactValues } from '~/lib/sourced-contacts';
import { checkPageText, checkPagesFolder, findBlamingWords, findContactDetails, formatProblems, QUOTE_END, QUOTE_START } from '~/lib/page-wording';

const fixtures = join(process.cwd(), 'tests/fixtures');
const fixtureContacts = { phones: new Set(['17', '112', '114', '119', '0473000000']), emails: new Set(['accueil@exemple.fr']) };

describe('the pages of the content root', () => {
	test('use victim-centred words and show only sourced phone numbers and e-mails', () => {
		const problems = checkPagesFolder(join(contentRoot(), 'pages'), sourcedContactValues());
		expect(formatProblems(problems)).toBe('');
	});
});

describe('blaming vocabulary', () => {
	test('every blaming expression of the bad fixture is reported at its line, with the words to use instead', () => {
		const problems = checkPagesFolder(join(fixtures, 'bad-content/pages'), fixtureContacts).filter((p) => p.file.endsWith('vocabulaire-qui-accuse.mdx'));
		expect(problems.map((p) => [p.line, p.found])).toEqual([
			[6, 'mineure prostituée'],
			[7, 'jeunes prostituées'],
			[8, 'prostituée mineure'],
			[9, 'enfant prostitué'],
			[10, 'prostituée de 15 ans'],
			[11, 'adolescent·es prostitué·es'],
			[11, 'mineur·es prostitué·es'],
			[12, 'michetonneuses'],
		]);
		expect(problems[0]?.file).toBe('tests/fixtures/bad-content/pages/vocabulaire-qui-accuse.mdx');
		expect(problems[0]?.message).toContain('mineur·e victime de prostitution');
		expect(problems[0]?.column).toBe(5);
	});

	test('naming prostitution, the law and adults involved is not mistaken for blaming a minor', () => {
		expect(findBlamingWords('Les personnes prostituées, la prostitution des mineurs, se prostituer, un prostitueur.')).toEqual([]);
		expect(findBlamingWords('Une jeune en situation de prostitution ; « tout mineur qui se livre à la prostitution ».')).toEqual([]);
		expect(findBlamingWords('Une prostituée de 25 ans témoigne.')).toEqual([]);
	});

	test('a blaming word is accepted only between the quotation markers', () => {
		const quoted = `On ne dit pas :\n${QUOTE_START}\n« mineure prostituée »\n${QUOTE_END}\n`;
		expect(findBlamingWords(quoted)).toEqual([]);
		expect(findBlamingWords(`${quoted}Puis une mineure prostituée.`).map((w) => w.found)).toEqual(['mineure prostituée']);
	});
});

describe('phone numbers and e-mails', () => {
	test('every number of the bad fixture is reported, whatever its format', () => {
		const problems = checkPagesFolder(join(fixtures, 'bad-content/pages'), fixtureContacts).filter((p) => p.file.endsWith('telephone-sans-source.mdx'));
		expect(problems.map((p) => [p.line, p.rule, p.found])).toEqual([
			[6, 'téléphone', '04 73 12 34 56'],
			[7, 'téléphone', '3919'],
			[7, 'téléphone', '115'],
			[8, 'téléphone', '0 800 05 12 34'],
			[9, 'téléphone', '+33 4 73 98 76 54'],
			[10, 'téléphone', 'tel:0473555555'],
		]);
		expect(problems[0]?.message).toContain('coordonnées à confirmer');
	});

	test('an e-mail address is reported unless it is sourced, in any letter case', () => {
		const problems = checkPagesFolder(join(fixtures, 'bad-content/pages'), fixtureContacts).filter((p) => p.file.endsWith('courriel-sans-source.mdx'));
		expect(problems.map((p) => [p.line, p.rule, p.found])).toEqual([
			[6, 'courriel', 'coordination.reseau@example.org'],
			[7, 'courriel', 'mailto:Contact@Example.org'],
		]);
		const sourced = { phones: new Set<string>(), emails: new Set(['contact@example.org']) };
		expect(checkPageText('[nous écrire](mailto:Contact@Example.org)', 'page.mdx', sourced)).toEqual([]);
	});

	test('sourced numbers are recognised by their digits, and ages, dates and counts are not numbers to call', () => {
		expect(checkPagesFolder(join(fixtures, 'good-content/pages'), fixtureContacts)).toEqual([]);
		const found = findContactDetails('Appelez le 17 ou le 112, SMS au 114 ; le 04 73 00 00 00 ou le +33 4 73 00 00 00.');
		expect(found.map((c) => c.value)).toEqual(['17', '112', '114', '0473000000', '0473000000']);
	});

	test('a short number after a call word is still checked against the sourced list', () => {
		const problems = checkPageText('En cas de besoin, appelez le 15.', 'page.mdx', fixtureContacts);
		expect(problems.map((p) => [p.rule, p.found])).toEqual([['téléphone', '15']]);
	});
});
