import { z } from 'astro/zod';
import { SourceSchema } from './source';

const monthPattern = /^\d{4}-(0[1-9]|1[0-2])$/;
const month = () => z.string().regex(monthPattern, { error: 'un mois au format AAAA-MM, par exemple « 2023-04 » pour avril 2023' });

/** One objective of a phase, with the actions planned and who carries them. */
export const RoadmapObjectiveSchema = z.strictObject({
	/** The objective, as a short sentence starting with a verb, e.g. « Recruter le coordinateur de projet ». */
	label: z.string().min(5),
	/** Actions planned to reach it (may be empty when the source lists none). */
	actions: z.array(z.string().min(3)).default([]),
	/** Who is involved, e.g. « Les membres du COPIL, les partenaires du dispositif ». */
	actors: z.string().min(3).optional(),
	/** First month, when the objective has its own dates (default: the phase's). */
	start: month().optional(),
	/** Last month included, when the objective has its own dates (default: the phase's). */
	end: month().optional(),
});

/** One phase of the timeline (court, moyen, long terme). */
export const RoadmapPhaseSchema = z.strictObject({
	/** Stable id, e.g. `court-terme`. */
	id: z.string().regex(/^[a-z0-9-]+$/, { error: 'un identifiant en minuscules, chiffres et tirets (ex. « court-terme »)' }),
	/** Name shown in the chart and the table, e.g. « Court terme ». */
	label: z.string().min(3),
	/** Horizon as the source words it, e.g. « 0 à 6 mois ». */
	horizon: z.string().min(3).optional(),
	/** First month of the phase (AAAA-MM). */
	start: month(),
	/** Last month of the phase, included (AAAA-MM). */
	end: month(),
	/** Objectives of the phase, in the source's order. */
	objectives: z.array(RoadmapObjectiveSchema).min(1, { error: 'au moins un objectif par phase' }),
});

/** The network's timeline (rétroplanning): phases of objectives, drawn as a Gantt chart. */
export const RoadmapFileSchema = z
	.strictObject({
		/** Title of the chart, e.g. « Rétroplanning de la création du dispositif ». */
		title: z.string().min(5),
		/** Where the phases and objectives come from. */
		source: SourceSchema,
		/** Phases, in chronological order. */
		phases: z.array(RoadmapPhaseSchema).min(1),
	})
	.superRefine((file, context) => {
		file.phases.forEach((phase, p) => {
			if (phase.end < phase.start) {
				context.addIssue({ code: 'custom', path: ['phases', p, 'end'], message: `un mois de fin égal ou postérieur au début (${phase.start})` });
			}
			phase.objectives.forEach((objective, o) => {
				const start = objective.start ?? phase.start;
				const end = objective.end ?? phase.end;
				if (end < start) {
					context.addIssue({ code: 'custom', path: ['phases', p, 'objectives', o, 'end'], message: `un mois de fin égal ou postérieur au début (${start})` });
				}
			});
		});
	});

export type RoadmapObjective = z.output<typeof RoadmapObjectiveSchema>;
export type RoadmapPhase = z.output<typeof RoadmapPhaseSchema>;
export type RoadmapFileInput = z.input<typeof RoadmapFileSchema>;
export type RoadmapFile = z.output<typeof RoadmapFileSchema>;
