import { z } from 'astro/zod';

/**
 * Everything that makes this hub the Puy-de-Dôme's: another département publishes its own hub by
 * writing its own `territoire/territoire.yaml` (and content), without touching `src/`.
 */
export const TerritorySchema = z.strictObject({
	/** Code of the département, e.g. `63`. */
	code: z.string().regex(/^(\d{2,3}|2[AB]|[0-9A-Z]{2,3})$/, { error: 'le code du département, par exemple « 63 »' }),
	/** Name of the département with its article where French uses one in a sentence. */
	name: z.string().min(2),
	/** Name preceded by the right preposition, e.g. « du Puy-de-Dôme », « de la Loire ». */
	nameWithPreposition: z.string().min(4),
	/** Name of the site, shown in the header and in every page title. */
	siteTitle: z.string().min(3),
	/** Short name shown instead of the title on phones, where the header has little room, e.g. « Réseau 63 ». */
	siteShortTitle: z.string().min(2).max(16, { error: 'un nom court de 16 caractères au plus, affiché sur téléphone (ex. « Réseau 63 »)' }),
	/** One sentence describing the hub, used as the default meta description. */
	siteDescription: z.string().min(20).max(200, { error: 'une description de 200 caractères au plus (affichée par les moteurs et les réseaux)' }),
	/** The organisation that pilots the network and publishes the hub. */
	pilot: z.strictObject(
		{
			/** Full name, e.g. « Centre départemental de l’enfance et de la famille du Puy-de-Dôme ». */
			name: z.string().min(3),
			/** Short name, e.g. « CDEF 63 ». */
			shortName: z.string().min(2),
		},
		{ error: 'l’organisme pilote : « name » (nom complet) et « shortName » (sigle, ex. CDEF 63)' },
	),
	/** Public address of the deployed site (used for canonical links, social images and feeds). */
	siteUrl: z.url({ error: 'l’adresse publique du site, par exemple https://ressources.example.fr' }),
	/** Map data, relative to the territory folder. */
	geo: z.strictObject({
		/** GeoJSON outline of the département (clockwise rings, as d3-geo expects). */
		outline: z.string(),
		/** JSON list of communes with INSEE code, name and representative point. */
		communes: z.string(),
		/** Attribution shown under every map (licence requires it). */
		attribution: z.string().min(10),
		/** Standard parallels of the conic conformal projection. */
		parallels: z.tuple([z.number(), z.number()]).default([44, 49]),
	}),
});

export type TerritoryInput = z.input<typeof TerritorySchema>;
export type Territory = z.output<typeof TerritorySchema>;
