import { z } from 'astro/zod';
import { glossaryKindIds } from '../glossary/kinds';
import { SourceSchema } from './source';

/** Longest definition accepted: about four sentences (the glossary is read on a handout). */
export const maxDefinitionLength = 700;

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * One entry of the shared glossary (« Lexique commun »), one YAML file per entry in
 * `content/lexique/`, the file named after its `id` (`content/lexique/crip.yaml`).
 */
export const GlossaryEntrySchema = z
	.strictObject({
		/** Stable id, used in the address `/lexique/<id>/`, in `related` and in links from pages, e.g. `crip`. */
		id: z.string().regex(idPattern, { error: 'un identifiant en minuscules sans accents, chiffres et tirets (ex. « crip », « sugar-daddy »)' }),
		/** The term as it is written in pages: the acronym (`CRIP`) or the word (`michetonnage`). */
		term: z.string().trim().min(1, { error: 'le terme tel qu’on l’écrit dans les pages (ex. « CRIP » ou « michetonnage »)' }),
		/** What an acronym stands for, e.g. « Cellule de recueil des informations préoccupantes ». Required for a sigle. */
		expansion: z.string().trim().min(2, { error: 'la forme développée du sigle (ex. « Aide sociale à l’enfance »)' }).optional(),
		/** Kind of entry, from the closed list of `src/glossary/kinds.ts`. */
		kind: z.enum(glossaryKindIds, { error: `un de ces types : ${glossaryKindIds.map((id) => `« ${id} »`).join(', ')}` }),
		/** The definition, in French and in our own words: 1 to 4 sentences. */
		definition: z
			.string({ error: 'une définition en français, de 1 à 4 phrases' })
			.trim()
			.min(1, { error: 'une définition non vide, de 1 à 4 phrases (ex. « Service du Département qui… »)' })
			.max(maxDefinitionLength, { error: `une définition courte : 1 à 4 phrases, ${maxDefinitionLength} caractères au plus` }),
		/** Other spellings matched in pages and in the duplicate check, e.g. `COFIL` for `COPIL`, `sugardaddy`. */
		aliases: z.array(z.string().trim().min(1, { error: 'une variante non vide (ex. « COFIL »)' })).default([]),
		/** Ids of related entries, linked from this entry (ex. `[information-preoccupante, ase]`). */
		related: z.array(z.string().regex(idPattern, { error: 'l’identifiant d’une autre entrée du lexique (ex. « information-preoccupante »)' })).default([]),
		/** Where the definition comes from (law text, official site, the network's founding document). */
		sources: z.array(SourceSchema).min(1, { error: 'au moins une source (texte de loi, site officiel, document du réseau)' }),
		/** For words young people use: how a professional should hear them (one or two sentences). */
		hearing: z.string().trim().min(10, { error: 'une ou deux phrases qui disent comment entendre ce mot' }).optional(),
		/** Whether pages annotate this term (default `true`); `false` for everyday words that would be linked by mistake. */
		annotate: z.boolean({ error: 'true ou false' }).default(true),
		/** Language of the term when it is not French, as a BCP 47 tag (`en` for « sugar daddy »), for screen readers. */
		lang: z.string().regex(/^[a-z]{2,3}(?:-[A-Z]{2})?$/, { error: 'un code de langue (ex. « en »)' }).optional(),
	})
	.superRefine((entry, context) => {
		if (entry.kind === 'sigle' && !entry.expansion) {
			context.addIssue({ code: 'custom', path: ['expansion'], input: entry.expansion, message: `la forme développée du sigle « ${entry.term} » (ex. « Aide sociale à l’enfance » pour ASE)` });
		}
		if (entry.kind === 'mot des jeunes' && !entry.hearing) {
			context.addIssue({ code: 'custom', path: ['hearing'], input: entry.hearing, message: 'pour un mot des jeunes, une note « comment l’entendre » (ex. « Le mot banalise… ; y entendre un possible danger »)' });
		}
	});

export type GlossaryEntryInput = z.input<typeof GlossaryEntrySchema>;
export type GlossaryEntry = z.output<typeof GlossaryEntrySchema>;

/**
 * A written form that is accepted in pages without a glossary entry (`content/lexique/_sigles-admis.yaml`):
 * keep this list short and give the reason.
 */
export const AllowedAcronymSchema = z.strictObject({
	/** The form as written, e.g. `PDF`. */
	form: z.string().trim().min(2, { error: 'la forme écrite dans les pages (ex. « PDF »)' }),
	/** Why it needs no entry, e.g. « format de fichier connu de tous ». */
	reason: z.string().trim().min(5, { error: 'la raison pour laquelle ce sigle n’a pas besoin d’entrée' }),
});

export const AllowedAcronymFileSchema = z.strictObject({
	/** The accepted forms, each with its reason. */
	allowed: z.array(AllowedAcronymSchema).default([]),
});

export type AllowedAcronym = z.output<typeof AllowedAcronymSchema>;
