import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ContentError } from '../../src/schemas/friendly-errors';
import { createPartnerSchema } from '../../src/schemas/partner';
import { loadPartners } from '../../src/partners/load';
import { formatPhone, isFrenchPhone, telUri } from '../../src/lib/phone';

const folder = 'tests/fixtures/bad-content/partenaires';
const workspace = mkdtempSync(join(tmpdir(), 'bad-partners-'));
afterAll(() => rmSync(workspace, { recursive: true, force: true }));

/** Each bad fixture, the field its problem must name, and words the message must contain. */
const cases: [file: string, field: string, expected: RegExp][] = [
	['unknown-category.yaml', 'category', /« sport ».*« sante »/],
	['unknown-need.yaml', 'needs.1', /« karaoke ».*« ecoute-soutien »/],
	['unknown-commune.yaml', 'commune', /« 63999 ».*code INSEE d’une commune du département/],
	['malformed-phone.yaml', 'contacts.0.value', /« 04 73 12 ».*numéro de téléphone français/],
	['malformed-email.yaml', 'contacts.0.value', /« accueil-at-exemple.fr ».*adresse électronique valide/],
	['contact-without-source.yaml', 'contacts.0.source', /rien : le champ est absent.*la source de cette coordonnée/],
	['contact-without-date.yaml', 'contacts.0.checkedOn', /date de la dernière vérification/],
	['duplicate-id.yaml', 'id', /« cdef-63 ».*déjà utilisé par .*cdef-63\.yaml/],
	['referent-person-name.yaml', 'referent', /« Jeanne Martin ».*jamais le nom d’une personne/],
];

/** Loads the real partners plus one bad file, in a copy of the partner folder; returns the error. */
function loadWith(file: string): ContentError {
	const root = join(workspace, file.replace('.yaml', ''));
	cpSync(resolve('content/partenaires'), join(root, 'partenaires'), { recursive: true });
	cpSync(join(folder, file), join(root, 'partenaires', file));
	try {
		loadPartners(root);
	} catch (error) {
		if (error instanceof ContentError) return error;
		throw error;
	}
	throw new Error(`${file} a été accepté`);
}

describe('bad partner files', () => {
	it('are all listed here', () => {
		expect(readdirSync(folder).sort()).toEqual(cases.map(([file]) => file).sort());
	});

	it.each(cases)('%s is rejected with its file and field named', (file, field, expected) => {
		const error = loadWith(file);
		expect(error.problems.map((problem) => [problem.file.split('/').at(-1), problem.field])).toEqual([[file, field]]);
		const line = error.message.split('\n').find((text) => text.includes(`champ « ${field} »`) && expected.test(text));
		expect(line, error.message).toBeDefined();
		expect(error.message).toContain(`Fichier ${error.problems[0]!.file}`);
	});
});

describe('the partner schema', () => {
	const schema = createPartnerSchema({ communeCodes: new Set(['63113']) });
	const valid = {
		id: 'essai',
		name: 'Essai',
		category: 'sante',
		description: 'Une description assez longue pour passer le contrôle de longueur.',
		needs: ['sante'],
		audiences: ['jeunes'],
		area: 'tout le département',
		sources: [{ title: 'Source' }],
		checkedOn: '2026-11-29',
	};

	it('fills defaults for optional lists', () => {
		const partner = schema.parse(valid);
		expect(partner.contacts).toEqual([]);
		expect(partner.capacity).toEqual([]);
		expect(partner.actions).toEqual([]);
	});

	it('accepts a known commune and rejects ids reserved by the directory pages', () => {
		expect(schema.safeParse({ ...valid, commune: '63113' }).success).toBe(true);
		expect(schema.safeParse({ ...valid, id: 'carte' }).success).toBe(false);
		expect(schema.safeParse({ ...valid, id: 'commune' }).success).toBe(false);
	});

	it('rejects ages in the wrong order and an unknown contact kind', () => {
		expect(schema.safeParse({ ...valid, ages: { from: 18, to: 11 } }).success).toBe(false);
		expect(schema.safeParse({ ...valid, contacts: [{ kind: 'fax', value: '1', source: { title: 'x' }, checkedOn: '2026-01-01' }] }).success).toBe(false);
	});
});

describe('phone numbers', () => {
	it('accepts short numbers and ten-digit French numbers in the usual spellings', () => {
		for (const text of ['119', '3919', '04 73 00 00 00', '04.73.00.00.00', '0473000000', '+33 4 73 00 00 00']) expect(isFrenchPhone(text), text).toBe(true);
		for (const text of ['04 73 12', '12', '04-73-00-00-00', '4 73 00 00 00 0', 'appeler le 119']) expect(isFrenchPhone(text), text).toBe(false);
	});

	it('writes numbers the French way and builds tel: links', () => {
		expect(formatPhone('+33 4 73 00 00 00')).toBe('04 73 00 00 00');
		expect(telUri('04 73 00 00 00')).toBe('tel:+33473000000');
		expect(telUri('119')).toBe('tel:119');
	});
});
