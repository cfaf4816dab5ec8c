import { z } from 'astro/zod';
import { partialDatePattern } from '../lib/partial-date';
import { SourceSchema } from './source';

/**
 * Kinds of dated event on a timeline (legal framework, history of the pilot organisation).
 * The one list of kinds: the schema, the component and the legend all read it.
 */
export const timelineKinds = {
	loi: 'Loi',
	decret: 'Décret ou ordonnance',
	plan: 'Plan ou politique publique',
	rapport: 'Rapport ou évaluation',
	dispositif: 'Dispositif ou campagne',
	instance: 'Instance de coordination',
	etablissement: "Vie de l'établissement",
} as const;

export type TimelineKind = keyof typeof timelineKinds;

const kindIds = Object.keys(timelineKinds) as [TimelineKind, ...TimelineKind[]];

/** One dated event of a timeline. */
export const TimelineEventSchema = z.strictObject({
	/** When it happened, as precisely as the source says: `1960`, `2021-11`, `2002-03-04`. */
	date: z.string().regex(partialDatePattern, { error: 'une date AAAA, AAAA-MM ou AAAA-MM-JJ, par exemple « 2002-03-04 » ou « 1960 »' }),
	/** Short title, e.g. « Loi du 4 mars 2002 relative à l'autorité parentale ». */
	title: z.string().min(5, { error: 'un titre d’au moins 5 caractères, par exemple « Loi du 4 mars 2002 »' }),
	/** Kind of event, from the closed list `timelineKinds`. */
	kind: z.enum(kindIds, { error: `un de ces types : ${kindIds.join(', ')}` }),
	/** What changed, in one to three sentences written for the site (not copied from the source). */
	summary: z.string().min(20, { error: 'un résumé d’au moins 20 caractères' }),
	/** A short quotation of the text itself, in its exact words, with `quoteReference`. */
	quote: z.string().min(10).optional(),
	/** Reference of the quotation, e.g. « art. 13 de la loi n° 2002-305 du 4 mars 2002 ». */
	quoteReference: z.string().min(5).optional(),
	/** Where the facts of this event come from. */
	source: SourceSchema,
}).refine((event) => (event.quote === undefined) === (event.quoteReference === undefined), {
	error: 'une citation (quote) va toujours avec sa référence (quoteReference), et inversement',
	path: ['quoteReference'],
});

/** A timeline file: a title and its events (shown in chronological order whatever the file order). */
export const TimelineFileSchema = z.strictObject({
	/** Accessible name of the timeline, e.g. « Frise chronologique du cadre légal ». */
	title: z.string().min(5),
	/** Events, at least two. */
	events: z.array(TimelineEventSchema).min(2, { error: 'au moins deux événements' }),
});

export type TimelineEventInput = z.input<typeof TimelineEventSchema>;
export type TimelineEvent = z.output<typeof TimelineEventSchema>;
export type TimelineFileInput = z.input<typeof TimelineFileSchema>;
export type TimelineFile = z.output<typeof TimelineFileSchema>;
