import { z } from 'astro/zod';
import { parsePeriod, resolveSession } from '../events/dates';
import { parseTimecode } from '../events/timecode';
import { eventAudiences, eventKinds, eventStatuses, keysOf, materialKinds, materialThemes } from './event-lists';
import { SourceSchema } from './source';

/**
 * One event of the calendar (training, webinar, exchange day, discussion group, network meeting),
 * written by coordinators in `content/evenements/<id>.yaml`. Files (materials, video, captions,
 * transcript) live in the content root's `supports/` folder and are named relative to it.
 */

const slug = (example: string) =>
	z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, { error: `un identifiant en minuscules sans accents, chiffres et tirets (ex. « ${example} »)` });

/** Ids that would collide with the other pages of `/formations/`. */
export const reservedEventIds = ['replays', 'filtre', 'calendrier'];

/** A file of the content root's `supports/` folder, e.g. `restitution-2023/programme.pdf`. */
export const SupportPathSchema = z
	.string()
	.regex(/^[a-z0-9][a-z0-9._-]*(?:\/[a-z0-9][a-z0-9._-]*)*\.[a-z0-9]+$/, {
		error: 'un chemin de fichier dans supports/, en minuscules sans espaces ni accents (ex. « restitution-2023/programme.pdf »)',
	})
	.refine((path) => !path.split('/').includes('..'), { error: 'un chemin qui reste dans le dossier supports/' });

/** One session as written: `start` and `end` in Paris wall-clock time, or whole days. */
export const SessionSchema = z
	.strictObject({
		/** `AAAA-MM-JJ` (whole day) or `AAAA-MM-JJTHH:MM`, in Paris time. */
		start: z.string({ error: 'le début de la session, ex. « 2027-03-11T09:00 » ou « 2027-03-11 »' }),
		/** Same form as `start`; for whole days the last day (inclusive), optional. */
		end: z.string().optional(),
		/** Optional label of the session (« Groupe 1, jour 2 »). */
		label: z.string().min(2).optional(),
	})
	.superRefine((session, context) => {
		for (const problem of resolveSession(session).problems) {
			context.addIssue({ code: 'custom', path: [problem.field], message: problem.message, input: session[problem.field] });
		}
	});

const PeriodPartSchema = z.string({ error: 'un mois AAAA-MM ou un trimestre AAAA-Tn (ex. « 2023-T2 »)' });

/** Target period of an event to schedule: a month, a quarter, or `{ from, to }`. */
export const PeriodSchema = z
	.union([PeriodPartSchema, z.strictObject({ from: PeriodPartSchema, to: PeriodPartSchema })], {
		error: 'un mois (« 2023-06 »), un trimestre (« 2023-T2 ») ou une période { from: 2023-04, to: 2023-09 }',
	})
	.superRefine((period, context) => {
		const parsed = parsePeriod(period);
		if ('error' in parsed) context.addIssue({ code: 'custom', path: parsed.field ? [parsed.field] : [], message: parsed.error });
	});

/** Either dated sessions, or `toSchedule` when the source gives a period and no date. */
export const DatesSchema = z
	.strictObject({
		/** Dated sessions (several for a training given in several days or groups). */
		sessions: z.array(SessionSchema).min(1, { error: 'au moins une session, ou « toSchedule » si la date n’est pas fixée' }).optional(),
		/** No date yet: the target period (if the source gives one) and where it comes from. */
		toSchedule: z
			.strictObject({
				/** Month, quarter or range of months or quarters; leave out when no period is known. */
				period: PeriodSchema.optional(),
				/** Where the period comes from, or why there is none (« période non fixée par le projet »). */
				note: z.string().min(10, { error: 'une phrase qui dit d’où vient la période visée, ou pourquoi il n’y en a pas' }),
			})
			.optional(),
	})
	.superRefine((dates, context) => {
		if ((dates.sessions === undefined) === (dates.toSchedule === undefined)) {
			context.addIssue({ code: 'custom', path: [], message: 'soit « sessions » (dates précises), soit « toSchedule » (période visée, sans date) : l’un des deux, pas les deux' });
		}
	});

/** Where an event takes place (INSEE code of the commune; the address only when it is public). */
export const PlaceSchema = z.strictObject({
	/** Code INSEE of the commune (5 characters, e.g. `63113`), checked against the territory's communes. */
	commune: z.string().regex(/^(\d{2}|2[AB])\d{3}$/, { error: 'le code INSEE de la commune, 5 caractères (ex. « 63113 »)' }),
	/** Name of the venue (« Salle du conseil »), if public. */
	venue: z.string().min(2).optional(),
	/** Street address, if public. */
	address: z.string().min(5).optional(),
});

/** Number of seats: `20`, or `{ seats: 20, approximate: true }` for « une vingtaine ». */
export const CapacitySchema = z
	.union([z.number().int().positive(), z.strictObject({ seats: z.number().int().positive(), approximate: z.boolean().default(false) })], {
		error: 'un nombre de places (ex. 20) ou { seats: 20, approximate: true } pour « une vingtaine »',
	})
	.transform((capacity) => (typeof capacity === 'number' ? { seats: capacity, approximate: false } : capacity));

/** One session material: a file of `supports/` or an address on the web. */
export const MaterialSchema = z
	.strictObject({
		/** Stable id: the material's shareable page is `/ressources/supports/<id>/`. */
		id: slug('restitution-programme'),
		/** Title as shown in the library. */
		title: z.string().min(3),
		/** Kind of material. */
		kind: z.enum(keysOf(materialKinds)),
		/** Theme under which the library lists it. */
		theme: z.enum(keysOf(materialThemes)),
		/** One or two sentences saying what it holds and for whom. */
		description: z.string().min(10).optional(),
		/** File in the content root's `supports/` folder (its format and size are read from the file). */
		file: SupportPathSchema.optional(),
		/** Address of a material hosted elsewhere (then `format` is required). */
		url: z.url({ error: 'une adresse web complète commençant par https://' }).optional(),
		/** Format shown to users (« PDF », « Diaporama PowerPoint »); read from the file's extension when omitted. */
		format: z.string().min(2).optional(),
		/** Size in bytes of a material hosted elsewhere, when known (a file's size is measured). */
		size: z.number().int().positive().optional(),
	})
	.superRefine((material, context) => {
		if ((material.file === undefined) === (material.url === undefined)) {
			context.addIssue({ code: 'custom', path: ['file'], message: 'soit « file » (fichier dans supports/), soit « url » (adresse web) : l’un des deux' });
		}
		if (material.url !== undefined && material.format === undefined) {
			context.addIssue({ code: 'custom', path: ['format'], message: 'le format du support en ligne (ex. « PDF »), que le site ne peut pas lire lui-même' });
		}
	});

/** The video of a recording: a file of `supports/`, or an external address with the host's name. */
export const VideoSchema = z
	.strictObject({
		/** Self-hosted video file (WebM or MP4) in `supports/`. */
		file: SupportPathSchema.optional(),
		/** Address of a video file hosted elsewhere: only requested after the user clicks a button naming `host`. */
		url: z.url({ error: 'une adresse web complète commençant par https://' }).optional(),
		/** Name of the external host shown on the button (« la plateforme vidéo de l’Académie »). */
		host: z.string().min(3).optional(),
	})
	.superRefine((video, context) => {
		if ((video.file === undefined) === (video.url === undefined)) {
			context.addIssue({ code: 'custom', path: ['file'], message: 'soit « file » (vidéo dans supports/), soit « url » (vidéo hébergée ailleurs) : l’un des deux' });
		}
		if (video.url !== undefined && video.host === undefined) {
			context.addIssue({ code: 'custom', path: ['host'], message: 'le nom de l’hébergeur de la vidéo, affiché sur le bouton avant tout chargement' });
		}
	});

/** One chapter of a recording. */
export const ChapterSchema = z.strictObject({
	/** Position in the video: `m:ss` or `h:mm:ss`. */
	time: z.string().refine((time) => parseTimecode(time) !== undefined, { error: 'une position m:ss ou h:mm:ss (ex. « 12:30 »)' }),
	/** Title of the chapter. */
	title: z.string().min(2),
});

export const recordingStatuses = ['à venir', 'disponible'] as const;

/** The recording of an event: « à venir », or available with video, poster, captions and transcript. */
export const RecordingSchema = z
	.strictObject({
		/** « à venir » (announced, not yet online) or « disponible ». */
		status: z.enum(recordingStatuses),
		/** A sentence shown with the recording (« mis en ligne après la journée »). */
		note: z.string().min(5).optional(),
		/** The video. */
		video: VideoSchema.optional(),
		/** Image shown before playing, in `supports/`. */
		poster: SupportPathSchema.optional(),
		/** French captions (WebVTT, `.vtt`) in `supports/`: shown by default. */
		captions: SupportPathSchema.refine((path) => path.endsWith('.vtt'), { error: 'un fichier de sous-titres WebVTT, en .vtt' }).optional(),
		/** Full transcript (text, paragraphs separated by a blank line) in `supports/`: published on the page. */
		transcript: SupportPathSchema.refine((path) => /\.(txt|md)$/.test(path), { error: 'un fichier texte .txt ou .md' }).optional(),
		/** Chapters, in order. */
		chapters: z.array(ChapterSchema).default([]),
		/** Id of the material (of this event) holding the slides shown in the video. */
		slides: z.string().optional(),
	})
	.superRefine((recording, context) => {
		const mediaFields = ['video', 'poster', 'captions', 'transcript'] as const;
		if (recording.status === 'disponible') {
			const why: Record<(typeof mediaFields)[number], string> = {
				video: 'la vidéo : { file: ... } dans supports/ ou { url: ..., host: ... }',
				poster: 'l’image affichée avant la lecture (fichier dans supports/)',
				captions: 'les sous-titres français (fichier .vtt dans supports/) : un enregistrement n’est pas publié sans sous-titres',
				transcript: 'la transcription complète (fichier .txt dans supports/) : elle est publiée sur la page',
			};
			for (const field of mediaFields) {
				if (recording[field] === undefined) context.addIssue({ code: 'custom', path: [field], message: why[field] });
			}
		} else {
			for (const field of mediaFields) {
				if (recording[field] !== undefined) context.addIssue({ code: 'custom', path: [field], message: 'rien tant que l’enregistrement est « à venir » : passez status à « disponible »' });
			}
		}
		const times = recording.chapters.map((chapter) => parseTimecode(chapter.time) ?? 0);
		times.forEach((time, index) => {
			if (index > 0 && time <= times[index - 1]!) {
				context.addIssue({ code: 'custom', path: ['chapters', index, 'time'], message: 'des chapitres dans l’ordre, chacun après le précédent' });
			}
		});
	});

export const EventSchema = z
	.strictObject({
		/** Stable id: the page is `/formations/<id>/`, calendar UIDs derive from it. */
		id: slug('restitution-diagnostic-local').refine((id) => !reservedEventIds.includes(id), { error: `un identifiant autre que ${reservedEventIds.join(', ')} (adresses déjà prises)` }),
		/** Title of the event. */
		title: z.string().min(5),
		/** Kind of event. */
		kind: z.enum(keysOf(eventKinds)),
		/** One or two sentences: what it is and what participants take away. */
		summary: z.string().min(20),
		/** Programme, one item per line. */
		programme: z.array(z.string().min(3)).min(1, { error: 'au moins un point de programme' }),
		/** Who it is for. */
		audience: z.array(z.enum(keysOf(eventAudiences))).min(1, { error: 'au moins un public' }),
		/** Id of the partner organising it (checked against `content/partenaires/`). */
		organiser: z.string().optional(),
		/** Who leads it: roles or organisations, never a private person’s name. */
		trainers: z.array(z.string().min(3)).default([]),
		/** Dated sessions, or the period it is to be scheduled in. */
		dates: DatesSchema,
		/** Total duration in hours (e.g. 14 for two days). */
		durationHours: z.number().positive().optional(),
		/** Where it takes place; leave out when not yet known (« lieu à confirmer »). */
		place: PlaceSchema.optional(),
		/** Whether it is held online (a webinar). */
		online: z.boolean().default(false),
		/** Number of seats. */
		capacity: CapacitySchema.optional(),
		/** Cost, in a sentence with its source (« pris en charge par le budget formation du dispositif »). */
		cost: z.string().min(3).optional(),
		/** How to register. */
		registration: z
			.strictObject({
				/** How to register, in a sentence. */
				how: z.string().min(10),
				/** Registration form or page, if any. */
				url: z.url({ error: 'une adresse web complète commençant par https://' }).optional(),
				/** Last day to register (AAAA-MM-JJ). */
				deadline: z.iso.date({ error: 'une date AAAA-MM-JJ, ex. 2027-03-01' }).optional(),
			})
			.optional(),
		/** Where the event stands. */
		status: z.enum(keysOf(eventStatuses)).default('prévu'),
		/** Session materials. */
		materials: z.array(MaterialSchema).default([]),
		/** The recording, when the event is recorded. */
		recording: RecordingSchema.optional(),
		/** Where the facts of this file come from (at least one). */
		sources: z.array(SourceSchema).min(1, { error: 'au moins une source : d’où viennent ces informations' }),
	})
	.superRefine((event, context) => {
		const seen = new Set<string>();
		event.materials.forEach((material, index) => {
			if (seen.has(material.id)) context.addIssue({ code: 'custom', path: ['materials', index, 'id'], message: `un identifiant unique : « ${material.id} » est déjà utilisé plus haut` });
			seen.add(material.id);
		});
		const slides = event.recording?.slides;
		if (slides !== undefined && !seen.has(slides)) {
			context.addIssue({ code: 'custom', path: ['recording', 'slides'], message: `l’identifiant d’un support de cet événement (${[...seen].map((id) => `« ${id} »`).join(', ') || 'aucun support déclaré'})` });
		}
	});

export type EventInput = z.input<typeof EventSchema>;
export type EventData = z.output<typeof EventSchema>;
export type MaterialData = z.output<typeof MaterialSchema>;
export type RecordingData = z.output<typeof RecordingSchema>;
