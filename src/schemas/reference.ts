import { z } from 'astro/zod';

/**
 * Kinds of bibliographic reference, in the order the resources page shows them, with the
 * heading of each group and how it is sorted (by author, or by date for legal texts). The one
 * list: schema, grouping and page all read it.
 */
export const referenceTypes = {
	ouvrage: { heading: 'Ouvrages', sort: 'author' },
	article: { heading: 'Articles', sort: 'author' },
	rapport: { heading: 'Rapports et études', sort: 'author' },
	'texte-officiel': { heading: 'Lois et décrets', sort: 'date' },
	avis: { heading: 'Avis publiés au Journal officiel', sort: 'author' },
	recommandation: { heading: 'Recommandations de bonnes pratiques professionnelles', sort: 'author' },
	site: { heading: 'Sites internet', sort: 'author' },
	'document-interne': { heading: 'Documents internes', sort: 'author' },
} as const satisfies Record<string, { heading: string; sort: 'author' | 'date' }>;

export type ReferenceType = keyof typeof referenceTypes;
export const referenceTypeIds = Object.keys(referenceTypes) as [ReferenceType, ...ReferenceType[]];

/** One bibliographic reference: a published work, a legal text, a website. */
export const ReferenceSchema = z.strictObject({
	/** Stable id, also the file name, e.g. `loi-2002-305`. */
	id: z.string().regex(/^[a-z0-9-]+$/, { error: 'un identifiant en minuscules, chiffres et tirets, par exemple « loi-2002-305 »' }),
	/** Kind of reference, from the closed list `referenceTypes`. */
	type: z.enum(referenceTypeIds, { error: `un de ces types : ${referenceTypeIds.join(', ')}` }),
	/**
	 * Authors as published (« Lavaud-Legendre, B. ») or the publishing body (« IGAS »). Only
	 * authors of published works: never a private person otherwise. Empty for a legal text.
	 */
	authors: z.array(z.string().min(2)).default([]),
	/** Year of publication; absent when the work is undated (« s. d. »). */
	year: z.number().int().min(1800).max(2100).optional(),
	/** Exact date when known (AAAA-MM-JJ), e.g. the date of a law; orders texts of the same year. */
	date: z.iso.date({ error: 'une date au format AAAA-MM-JJ, par exemple 2002-03-04' }).optional(),
	/** Exact title, as published. */
	title: z.string().min(3),
	/** Publisher, journal, collection or website, e.g. « Dunod », « Lien social, n° 1280, p. 18-24 ». */
	publisher: z.string().min(2).optional(),
	/** Public address of the work. */
	url: z.url({ error: 'une adresse web complète commençant par https:// ou http://' }).optional(),
	/** Date on which the bibliography's author consulted the address (AAAA-MM-JJ), as the source states. */
	consultedOn: z.iso.date({ error: 'une date au format AAAA-MM-JJ, par exemple 2023-05-14' }).optional(),
	/** A remark for readers (e.g. the source dates a reprint differently), one sentence. */
	note: z.string().min(5).optional(),
});

export type ReferenceInput = z.input<typeof ReferenceSchema>;
export type Reference = z.output<typeof ReferenceSchema>;
