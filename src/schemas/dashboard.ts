import { z } from 'astro/zod';
import { unitKeys } from '../indicators/units';
import { SourceSchema } from './source';

/**
 * The network's evaluation framework (`content/tableau-de-bord/referentiel.yaml`): its axes, their
 * indicators and the targets the source sets; and the values the coordinator measures over time
 * (`content/tableau-de-bord/mesures.yaml`). An indicator without a measure shows « à renseigner ».
 */

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'un identifiant en minuscules, chiffres et tirets (ex. « taux-participation-restitution »)' });

export const TargetSchema = z.strictObject({
	/** The target in words, e.g. « au moins 70 % des acteurs invités, une cinquantaine de personnes ». */
	text: z.string().min(5),
	/** Where the target is set. */
	source: SourceSchema,
});

export const DashboardIndicatorSchema = z.strictObject({
	/** Stable id, used by measures. */
	id,
	/** Name of the indicator, as the framework states it. */
	label: z.string().min(5),
	/** What is counted or assessed, and how. */
	definition: z.string().min(10, { error: 'une définition : ce qui est compté ou évalué, et comment' }),
	/** Quantitative (a number) or qualitative (a short assessment). */
	kind: z.enum(['quantitatif', 'qualitatif'], { error: 'quantitatif ou qualitatif' }),
	/** Unit of a quantitative indicator (closed list of `src/indicators/units.ts`). */
	unit: z.enum(unitKeys, { error: `une unité de la liste : ${unitKeys.join(', ')}` }).optional(),
	/** `true` when it counts minors or victims: small counts are shown « < 5 ». */
	sensitive: z.boolean().default(false),
	/** Target, only where the source sets one. */
	target: TargetSchema.optional(),
});

export const AxisSchema = z.strictObject({
	/** Number of the axis (1 to 6). */
	number: z.number().int().positive(),
	/** The strategic axis, as the framework states it. */
	title: z.string().min(5),
	indicators: z.array(DashboardIndicatorSchema).min(1),
});

export const FrameworkSchema = z.strictObject({
	/** Where the framework comes from. */
	source: SourceSchema,
	axes: z.array(AxisSchema).min(1),
});

export const MeasureSchema = z.strictObject({
	/** Id of the indicator measured (see `referentiel.yaml`). */
	indicator: id,
	/** Period measured, e.g. « premier semestre 2024 ». */
	period: z.union([z.string().min(4, { error: 'la période mesurée (ex. « 2024 »)' }), z.number().int()]).transform(String),
	/** Date of the measure (AAAA-MM-JJ), used to order measures. */
	date: z.iso.date({ error: 'une date au format AAAA-MM-JJ, par exemple 2024-06-30' }),
	/** A number for a quantitative indicator, a short sentence for a qualitative one. */
	value: z.union([z.number(), z.string().min(2)], { error: 'un nombre (quantitatif) ou une phrase courte (qualitatif)' }),
	/** How it was measured (list of attendance, questionnaire...). */
	source: z.string().min(3, { error: 'comment la valeur a été mesurée (ex. « feuille d’émargement »)' }),
	/** A remark. */
	note: z.string().optional(),
});

export const MeasuresFileSchema = z.strictObject({
	measures: z.array(MeasureSchema).default([]),
});

export type Framework = z.output<typeof FrameworkSchema>;
export type DashboardIndicator = z.output<typeof DashboardIndicatorSchema>;
export type Measure = z.output<typeof MeasureSchema>;
