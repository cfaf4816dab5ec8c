import { z } from 'astro/zod';
import { SourceSchema } from './source';

/** One emergency number shown in the « En cas d’urgence » block and wherever a page needs it. */
export const EmergencyNumberSchema = z.strictObject({
	/** Stable id used by pages to pick a number (`allo-119`). */
	id: z.string().regex(/^[a-z0-9-]+$/, { error: 'un identifiant en minuscules, chiffres et tirets (ex. « allo-119 »)' }),
	/** The number as dialled, e.g. `119`. */
	number: z.string().regex(/^\d{2,10}$/, { error: 'le numéro tel qu’on le compose, chiffres seulement (ex. « 119 »)' }),
	/** Name of the service, e.g. « Allô Enfance en danger ». */
	label: z.string().min(2),
	/** How to reach it: by voice call or by text message. */
	channel: z.enum(['appel', 'sms']),
	/** When to use it, in plain French (one sentence). */
	when: z.string().min(10),
	/** Facts a caller needs: free, open hours, discretion. */
	facts: z.array(z.string().min(3)).default([]),
	/** Where these facts come from. */
	source: SourceSchema,
});

export const EmergencyFileSchema = z.strictObject({
	numbers: z.array(EmergencyNumberSchema).min(1, { error: 'au moins un numéro d’urgence' }),
});

export type EmergencyNumber = z.output<typeof EmergencyNumberSchema>;
