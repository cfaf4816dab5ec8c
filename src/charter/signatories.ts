import { checkReferences } from '../content-loading/load-data';
import { describeValue, type ContentProblem } from '../schemas/friendly-errors';
import type { CharterSignatory, CharterVersion } from '../schemas/charter';

export interface CharterCheckInput {
	/** Signatories as read from the file. */
	signatories: readonly CharterSignatory[];
	/** Versions of the charter. */
	versions: readonly CharterVersion[];
	/**
	 * Ids of the partner directory, or `undefined` when the directory does not exist: then no
	 * organisation can be listed as signatory (a signatory is always a partner of the directory).
	 */
	knownPartnerIds: ReadonlySet<string> | undefined;
	/** File the signatories come from, for messages. */
	file: string;
	/** Name of the partner folder, for messages (default `content/partenaires/`). */
	partnerFolder?: string;
}

/**
 * Checks the list of signatories against the partner directory and the charter's versions.
 * Every signatory must be a known partner, sign at most once per version, sign a version that
 * exists and is adopted, on or after that version's date.
 * @returns one problem per fault, in French, naming the file and the field
 */
export function checkCharterSignatories(input: CharterCheckInput): ContentProblem[] {
	const { signatories, versions, knownPartnerIds, file, partnerFolder = 'content/partenaires/' } = input;
	const problems: ContentProblem[] = [];

	if (knownPartnerIds === undefined) {
		signatories.forEach((signatory, index) => {
			problems.push({
				file,
				field: `signatories.${index}.partner`,
				received: describeValue(signatory.partner),
				expected: `un partenaire de l’annuaire, mais le dossier ${partnerFolder} n’existe pas : créez d’abord la fiche du partenaire, ou laissez la liste vide (signatories: [])`,
			});
		});
	} else {
		problems.push(
			...checkReferences(
				signatories.map((signatory, index) => ({ file, field: `signatories.${index}.partner`, id: signatory.partner })),
				knownPartnerIds,
				'partenaire de l’annuaire',
			),
		);
	}

	const byNumber = new Map(versions.map((version) => [version.number, version]));
	const seen = new Set<string>();
	signatories.forEach((signatory, index) => {
		const version = byNumber.get(signatory.version);
		if (!version) {
			problems.push({ file, field: `signatories.${index}.version`, received: describeValue(signatory.version), expected: `une version de la charte existante (${[...byNumber.keys()].join(', ')})` });
		} else if (version.status !== 'adoptee') {
			problems.push({ file, field: `signatories.${index}.version`, received: describeValue(signatory.version), expected: 'une version adoptée (status: adoptee) : un projet ne se signe pas' });
		} else if (signatory.signedOn < version.date) {
			problems.push({ file, field: `signatories.${index}.signedOn`, received: describeValue(signatory.signedOn), expected: `une date égale ou postérieure à celle de la version ${version.number} (${version.date})` });
		}
		const key = `${signatory.partner}@${signatory.version}`;
		if (seen.has(key)) {
			problems.push({ file, field: `signatories.${index}.partner`, received: describeValue(signatory.partner), expected: `une seule signature par partenaire pour la version ${signatory.version}` });
		}
		seen.add(key);
	});
	return problems;
}

/** Versions from the newest to the oldest (by date, then by number). */
export function versionsNewestFirst(versions: readonly CharterVersion[]): CharterVersion[] {
	const byNumber = (v: CharterVersion) => v.number.split('.').map(Number) as [number, number];
	return [...versions].sort((a, b) => {
		if (a.date !== b.date) return a.date < b.date ? 1 : -1;
		const [aMajor, aMinor] = byNumber(a);
		const [bMajor, bMinor] = byNumber(b);
		return bMajor - aMajor || bMinor - aMinor;
	});
}
