import { z } from 'astro/zod';

/** Statuses of a version of the charter: a draft under discussion, or adopted and open to signature. */
export const charterStatuses = {
	projet: 'Projet soumis à la concertation',
	adoptee: 'Version adoptée, ouverte à la signature',
} as const;

export type CharterStatus = keyof typeof charterStatuses;
const statusIds = Object.keys(charterStatuses) as [CharterStatus, ...CharterStatus[]];

const isoDate = () => z.iso.date({ error: 'une date au format AAAA-MM-JJ, par exemple 2026-11-29' });

/** One version of the charter, with what changed. */
export const CharterVersionSchema = z.strictObject({
	/** Version number, e.g. `0.1` for a draft, `1.0` for the first adopted text. */
	number: z.string().regex(/^\d+\.\d+$/, { error: 'un numéro de version comme « 0.1 » ou « 1.0 »' }),
	/** Date of the version (AAAA-MM-JJ). */
	date: isoDate(),
	/** Draft or adopted, from the closed list `charterStatuses`. */
	status: z.enum(statusIds, { error: `un de ces statuts : ${statusIds.join(', ')}` }),
	/** What changed in this version, one line per change. */
	changes: z.array(z.string().min(5)).min(1, { error: 'au moins une ligne qui dit ce qui change' }),
});

/** One organisation that signed the charter, named by its id in the partner directory. */
export const CharterSignatorySchema = z.strictObject({
	/** Id of the partner in `content/partenaires/` (e.g. `cdef-63`). */
	partner: z.string().regex(/^[a-z0-9-]+$/, { error: 'l’identifiant du partenaire dans l’annuaire, par exemple « cdef-63 »' }),
	/** Version signed (must exist and be adopted). */
	version: z.string().regex(/^\d+\.\d+$/, { error: 'le numéro de la version signée, par exemple « 1.0 »' }),
	/** Date of signature (AAAA-MM-JJ), on or after the version's date. */
	signedOn: isoDate(),
});

/** `charte/versions.yaml`: the history of the charter, newest or oldest first. */
export const CharterVersionsFileSchema = z
	.strictObject({
		/** Every version, each with its change log. */
		versions: z.array(CharterVersionSchema).min(1, { error: 'au moins une version' }),
	})
	.superRefine((file, context) => {
		const seen = new Set<string>();
		file.versions.forEach((version, index) => {
			if (seen.has(version.number)) {
				context.addIssue({ code: 'custom', path: ['versions', index, 'number'], message: `un numéro de version unique : « ${version.number} » est déjà utilisé` });
			}
			seen.add(version.number);
		});
	});

/** `charte/signataires.yaml`: who signed. Empty until an organisation signs. */
export const CharterSignatoriesFileSchema = z.strictObject({
	/** Signatory organisations; `[]` while none has signed. */
	signatories: z.array(CharterSignatorySchema),
});

export type CharterVersion = z.output<typeof CharterVersionSchema>;
export type CharterSignatory = z.output<typeof CharterSignatorySchema>;
export type CharterVersionsFileInput = z.input<typeof CharterVersionsFileSchema>;
export type CharterSignatoriesFileInput = z.input<typeof CharterSignatoriesFileSchema>;
