import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadCharter, readKnownPartners } from '../../src/charter/load';
import { checkCharterSignatories, versionsNewestFirst } from '../../src/charter/signatories';
import type { CharterVersion } from '../../src/schemas/charter';

const versions: CharterVersion[] = [
	{ number: '0.1', date: '2026-11-29', status: 'projet', changes: ['Première rédaction'] },
	{ number: '1.0', date: '2027-01-10', status: 'adoptee', changes: ['Adoption'] },
];
const file = 'content/charte/signataires.yaml';
const fixture = (name: string) => resolve('tests/fixtures/charter', name);

describe('checkCharterSignatories', () => {
	it('accepts an empty list even when the partner directory does not exist yet', () => {
		expect(checkCharterSignatories({ signatories: [], versions, knownPartnerIds: undefined, file })).toEqual([]);
	});

	it('refuses any signatory while the partner directory does not exist', () => {
		const problems = checkCharterSignatories({ signatories: [{ partner: 'cdef-63', version: '1.0', signedOn: '2027-01-15' }], versions, knownPartnerIds: undefined, file });
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatchObject({ file, field: 'signatories.0.partner', received: '« cdef-63 »' });
		expect(problems[0]?.expected).toContain('le dossier content/partenaires/ n’existe pas');
	});

	it('accepts a known partner signing an adopted version on or after its date', () => {
		expect(checkCharterSignatories({ signatories: [{ partner: 'cdef-63', version: '1.0', signedOn: '2027-01-10' }], versions, knownPartnerIds: new Set(['cdef-63']), file })).toEqual([]);
	});

	it('suggests the closest partner id for a typo', () => {
		const [problem] = checkCharterSignatories({ signatories: [{ partner: 'adsea63', version: '1.0', signedOn: '2027-02-01' }], versions, knownPartnerIds: new Set(['adsea-63', 'anef-63']), file });
		expect(problem?.expected).toContain('vouliez-vous dire « adsea-63 »');
	});

	it('refuses a draft, an unknown version, a signature before the version and a double signature', () => {
		const known = new Set(['cdef-63', 'pjj']);
		const problems = checkCharterSignatories({
			signatories: [
				{ partner: 'cdef-63', version: '0.1', signedOn: '2026-12-01' },
				{ partner: 'pjj', version: '2.0', signedOn: '2027-02-01' },
				{ partner: 'pjj', version: '1.0', signedOn: '2026-12-31' },
				{ partner: 'pjj', version: '1.0', signedOn: '2027-02-01' },
			],
			versions,
			knownPartnerIds: known,
			file,
		});
		expect(problems.map((problem) => problem.field)).toEqual(['signatories.0.version', 'signatories.1.version', 'signatories.2.signedOn', 'signatories.3.partner']);
		expect(problems[0]?.expected).toContain('un projet ne se signe pas');
		expect(problems[1]?.expected).toContain('0.1, 1.0');
		expect(problems[2]?.expected).toContain('2027-01-10');
		expect(problems[3]?.expected).toContain('une seule signature');
	});
});

describe('loadCharter', () => {
	it('fails when the charter lists a signatory and the partner folder does not exist', () => {
		expect(() => loadCharter(fixture('signed-without-directory'))).toThrow(/signatories\.0\.partner.*le dossier tests\/fixtures\/charter\/signed-without-directory\/partenaires\/ n’existe pas/s);
	});

	it('resolves signatories to the partner names of the directory', () => {
		const charter = loadCharter(fixture('signed-known-partner'));
		expect(charter.signatories).toEqual([{ partner: 'cdef-63', version: '1.0', signedOn: '2027-01-15', partnerName: "Centre départemental de l'enfance et de la famille" }]);
		expect(charter.versions.map((version) => version.number)).toEqual(['1.0', '0.1']);
	});

	it('names the file and the field of each fault of the signatories', () => {
		let message = '';
		try {
			loadCharter(fixture('signed-typo'));
		} catch (error) {
			message = (error as Error).message;
		}
		expect(message).toContain('Fichier tests/fixtures/charter/signed-typo/charte/signataires.yaml');
		expect(message).toContain('champ « signatories.0.partner » : valeur reçue « cdef63 »');
		expect(message).toContain('vouliez-vous dire « cdef-63 »');
		expect(message).toContain('champ « signatories.0.version »');
	});

	it('takes a partner id from its file name when the file has no id field', () => {
		expect(loadCharter(fixture('partner-id-from-file-name')).signatories.map((signatory) => signatory.partner)).toEqual(['cdef-63']);
	});

	it('reads no partner directory as unknown, not as empty', () => {
		expect(readKnownPartners(fixture('signed-without-directory'))).toBeUndefined();
		expect(readKnownPartners(fixture('signed-known-partner'))?.get('cdef-63')).toBe("Centre départemental de l'enfance et de la famille");
	});

	it('publishes the real charter as a draft that no organisation has signed', () => {
		const charter = loadCharter();
		expect(charter.signatories).toEqual([]);
		expect(charter.versions[0]?.status).toBe('projet');
	});
});

describe('versionsNewestFirst', () => {
	it('orders versions by date then number, newest first', () => {
		expect(versionsNewestFirst(versions).map((version) => version.number)).toEqual(['1.0', '0.1']);
	});
});
