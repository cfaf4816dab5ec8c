import { existsSync } from 'node:fs';
import { basename, extname, resolve } from 'node:path';
import { z } from 'astro/zod';
import { contentRoot, displayPath } from '../content-loading/content-root';
import { loadDataDirectory, loadDataFile } from '../content-loading/load-data';
import { ContentError } from '../schemas/friendly-errors';
import {
	CharterSignatoriesFileSchema,
	CharterVersionsFileSchema,
	type CharterSignatory,
	type CharterVersion,
} from '../schemas/charter';
import { checkCharterSignatories, versionsNewestFirst } from './signatories';

/**
 * Only the id (the `id` field, or else the file name) and the name of a partner file matter here;
 * the partner module validates the rest.
 */
const PartnerIdSchema = z.looseObject({ id: z.string().min(1).optional(), name: z.string().optional() });

/**
 * Ids of the partner directory (`partenaires/` of the content root) with their names, or
 * `undefined` when the folder does not exist.
 */
export function readKnownPartners(root = contentRoot()): Map<string, string> | undefined {
	if (!existsSync(resolve(root, 'partenaires'))) return undefined;
	const partners = loadDataDirectory({ directory: 'partenaires', schema: PartnerIdSchema, root });
	return new Map(
		partners.map((partner) => {
			const id = partner.id ?? basename(partner.sourceFile, extname(partner.sourceFile));
			return [id, partner.name ?? id];
		}),
	);
}

export interface Charter {
	/** Versions, newest first; `versions[0]` is the current one. */
	versions: CharterVersion[];
	/** Signatory organisations (checked against the partner directory), with the partner's name. */
	signatories: (CharterSignatory & { partnerName: string })[];
}

/**
 * Loads the charter's versions and signatories and checks every signatory against the partner
 * directory; throws a `ContentError` in French on any problem.
 */
export function loadCharter(root = contentRoot()): Charter {
	const { versions } = loadDataFile('charte/versions.yaml', CharterVersionsFileSchema, root);
	const signatoriesPath = 'charte/signataires.yaml';
	const { signatories } = loadDataFile(signatoriesPath, CharterSignatoriesFileSchema, root);
	const partners = readKnownPartners(root);
	const problems = checkCharterSignatories({
		signatories,
		versions,
		knownPartnerIds: partners ? new Set(partners.keys()) : undefined,
		file: displayPath(resolve(root, signatoriesPath)),
		partnerFolder: `${displayPath(resolve(root, 'partenaires'))}/`,
	});
	if (problems.length > 0) throw new ContentError(problems, 'Signataires de la charte invalides');
	return {
		versions: versionsNewestFirst(versions),
		signatories: signatories.map((signatory) => ({ ...signatory, partnerName: partners?.get(signatory.partner) ?? signatory.partner })),
	};
}
