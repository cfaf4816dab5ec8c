import { z } from 'astro/zod';

/** A citation: every figure and contact on the site names where it comes from. */
export const SourceSchema = z.object(
	{
		/** Who published it and what it is, e.g. « Service national d’accueil téléphonique de l’enfance en danger ». */
		title: z.string().min(3, { error: 'le titre de la source (qui publie, quel document)' }),
		/** Public address of the source, when there is one. */
		url: z.url({ error: 'une adresse web complète commençant par https://' }).optional(),
		/** Date on which the fact was last checked against the source (AAAA-MM-JJ). */
		checkedOn: z.iso.date({ error: 'une date au format AAAA-MM-JJ, par exemple 2026-11-29' }).optional(),
	},
	{ error: 'la source : au moins « title » (qui publie, quel document), et si possible « url » et « checkedOn »' },
);

export type SourceInput = z.input<typeof SourceSchema>;
export type Source = z.output<typeof SourceSchema>;
