import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, resolve } from 'node:path';
import { contentRoot, displayPath } from '../content-loading/content-root';
import { readKnownPartners } from '../charter/load';
import { checkReferences, loadDataFile, readDataFile } from '../content-loading/load-data';
import { EventSchema, type EventData, type MaterialData } from '../schemas/event';
import { TerritorySchema } from '../schemas/territory';
import { ContentError, describeValue, problemsFromZodError, type ContentProblem } from '../schemas/friendly-errors';
import { checkCaptions, parseTranscript, plainApostrophes, type TranscriptParagraph } from './captions';
import { formatPeriod, parsePeriod, resolveSession, type Period, type ResolvedSession } from './dates';
import { formatOfFile, mediaTypeOf } from './files';
import { parseTimecode } from './timecode';

/**
 * Reads every event of `evenements/`, validates it (schema, then dates, files, captions and
 * references to partners and communes) and resolves what the pages need: instants, file URLs,
 * sizes, captions and transcript. Every problem of every file is reported at once, naming the
 * file and the field; any problem stops the build.
 */

/** Folder of the events inside a content root. */
export const eventsFolder = 'evenements';
/** Folder of the files (materials, videos, captions, transcripts) inside a content root. */
export const supportsFolder = 'supports';
/** URL prefix under which those files are published. */
export const supportsUrlPrefix = '/supports/';

/** A published file: where it is on disk and at which URL the site serves it. */
export interface SiteFile {
	/** URL path, e.g. `/supports/restitution-2023/programme.pdf`. */
	href: string;
	/** Path relative to the URL prefix (`restitution-2023/programme.pdf`). */
	path: string;
	/** Absolute path of the file. */
	absolutePath: string;
	/** Size in bytes. */
	size: number;
}

export interface LoadedMaterial extends MaterialData {
	/** Where the material is downloaded: the file's URL on the site, or its external address. */
	href: string;
	/** Whether `href` leaves the site. */
	external: boolean;
	/** Format in words (« PDF »). */
	formatLabel: string;
	/** Size in bytes, when known. */
	sizeBytes?: number | undefined;
	/** The material's stable page, `/ressources/supports/<id>/`. */
	pageHref: string;
	/** The event it belongs to. */
	event: { id: string; title: string; href: string };
}

export interface LoadedChapter {
	seconds: number;
	time: string;
	title: string;
}

export type LoadedRecording =
	| { status: 'à venir'; note?: string | undefined }
	| {
			status: 'disponible';
			note?: string | undefined;
			/** Self-hosted video (`src`), or external video loaded only on demand (`external`). */
			video: { src: string; type?: string | undefined; size: number } | { external: { url: string; host: string; type?: string | undefined } };
			poster: string;
			captions: string;
			/** End of the last caption, in seconds. */
			captionsEnd: number;
			transcript: TranscriptParagraph[];
			chapters: LoadedChapter[];
			slides?: LoadedMaterial | undefined;
	  };

export interface LoadedEvent extends Omit<EventData, 'materials' | 'recording'> {
	/** File the event was read from (for later error messages). */
	sourceFile: string;
	/** The event's page, `/formations/<id>/`. */
	href: string;
	/** Dated sessions, in the order written; undefined for an event to schedule. */
	sessions?: ResolvedSession[] | undefined;
	/** Target period of an event to schedule, when known. */
	period?: Period | undefined;
	/** « d’avril à septembre 2023 ». */
	periodLabel?: string | undefined;
	/** Name of the commune of `place.commune`. */
	communeName?: string | undefined;
	/** The organising partner, with its page `/partenaires/<id>/`. */
	organiserInfo?: { id: string; name: string; href: string } | undefined;
	materials: LoadedMaterial[];
	recording?: LoadedRecording | undefined;
	/** Whether the event comes from a test fixture root (never in a production build). */
	fixture: boolean;
}

export interface EventsLoadOptions {
	/** Content roots to read events from; the first is the site's own, the others are fixtures. */
	roots?: string[];
	/** Known partners, id to name (default: each root's `partenaires/`; none when the folder is absent). */
	partners?: ReadonlyMap<string, string | undefined>;
	/** Codes INSEE of the territory's communes with their names; without it, commune codes are not checked. */
	communes?: ReadonlyMap<string, string> | undefined;
}

export interface LoadedEvents {
	events: LoadedEvent[];
	/** Every file the events publish, to be copied to `/supports/...`. */
	files: SiteFile[];
}

/** Content roots to build from: the site's, plus `HUB_FIXTURE_EVENTS` when tests set it. */
export function defaultRoots(): string[] {
	return [contentRoot(), ...fixtureRoots()];
}

/** Codes INSEE and names of the communes of a content root's territory (its communes file). */
export function territoryCommunes(root = contentRoot()): Map<string, string> {
	const territory = loadDataFile('territoire/territoire.yaml', TerritorySchema, root);
	const file = resolve(root, 'territoire', territory.geo.communes);
	const list = JSON.parse(readFileSync(file, 'utf8')) as { code: string; nom: string }[];
	return new Map(list.map((commune) => [commune.code, commune.nom]));
}

/** The communes, or `undefined` when the territory file is invalid (its own check reports that). */
export function territoryCommunesIfValid(root: string): Map<string, string> | undefined {
	try {
		return territoryCommunes(root);
	} catch (error) {
		if (error instanceof ContentError) return undefined;
		throw error;
	}
}

/** Content roots of the test fixtures, when `HUB_FIXTURE_EVENTS` names one (never in production). */
export function fixtureRoots(): string[] {
	const fixtures = process.env.HUB_FIXTURE_EVENTS;
	return fixtures ? [resolve(process.cwd(), fixtures)] : [];
}

/** Applies `plainApostrophes` to every string of a value (so Pagefind indexes both words of « l’instance »). */
function normaliseStrings<T>(value: T): T {
	if (typeof value === 'string') return plainApostrophes(value) as T;
	if (Array.isArray(value)) return value.map(normaliseStrings) as T;
	if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, normaliseStrings(item)])) as T;
	return value;
}

/** Loads and checks every event; throws one `ContentError` listing every problem. */
export function loadEvents(options: EventsLoadOptions = {}): LoadedEvents {
	const roots = options.roots ?? defaultRoots();
	const partners = options.partners ?? new Map(roots.flatMap((root) => [...(readKnownPartners(root) ?? [])]));
	const problems: ContentProblem[] = [];
	const events: LoadedEvent[] = [];
	const files = new Map<string, SiteFile>();
	const eventIds = new Map<string, string>();
	const materialIds = new Map<string, string>();
	const references: { file: string; field: string; id: string }[] = [];
	const communeReferences: { file: string; field: string; id: string }[] = [];

	roots.forEach((root, rootIndex) => {
		const folder = join(root, eventsFolder);
		if (!existsSync(folder)) return;
		const names = readdirSync(folder, { encoding: 'utf8' })
			.filter((name) => ['.yaml', '.yml', '.json'].includes(extname(name)) && !name.startsWith('_'))
			.sort();
		for (const name of names) {
			const absolutePath = join(folder, name);
			const file = displayPath(absolutePath);
			const { data, problem: syntaxProblem } = readDataFile(absolutePath);
			if (syntaxProblem) {
				problems.push(syntaxProblem);
				continue;
			}
			const result = EventSchema.safeParse(data);
			if (!result.success) {
				problems.push(...problemsFromZodError(result.error, data, file));
				continue;
			}
			const event = normaliseStrings(result.data);
			const before = problems.length;
			const problem = (field: string, received: unknown, expected: string) => problems.push({ file, field, received: describeValue(received), expected });

			const firstFile = eventIds.get(event.id);
			if (firstFile) problem('id', event.id, `un identifiant unique : « ${event.id} » est déjà utilisé par ${firstFile}`);
			eventIds.set(event.id, file);
			if (event.organiser !== undefined) references.push({ file, field: 'organiser', id: event.organiser });
			if (event.place) communeReferences.push({ file, field: 'place.commune', id: event.place.commune });

			/** Registers a file of `supports/`, or reports it missing; returns its URL. */
			const publish = (path: string, field: string): SiteFile | undefined => {
				const absolute = join(root, supportsFolder, path);
				if (!existsSync(absolute) || !statSync(absolute).isFile()) {
					problem(field, path, `un fichier présent dans ${displayPath(join(root, supportsFolder))}/ : « ${path} » est introuvable (vérifiez le nom et le dossier)`);
					return undefined;
				}
				const existing = files.get(path);
				if (existing && existing.absolutePath !== absolute) {
					problem(field, path, `un chemin qui n’est pas déjà publié depuis un autre dossier (${displayPath(existing.absolutePath)})`);
					return undefined;
				}
				const siteFile = existing ?? { href: `${supportsUrlPrefix}${path}`, path, absolutePath: absolute, size: statSync(absolute).size };
				files.set(path, siteFile);
				return siteFile;
			};

			const sessions = event.dates.sessions?.map((session) => resolveSession(session).session!);
			const periodInput = event.dates.toSchedule?.period;
			const period = periodInput === undefined ? undefined : (parsePeriod(periodInput) as Period);
			const href = `/formations/${event.id}/`;

			const materials: LoadedMaterial[] = event.materials.map((material, index) => {
				const firstEvent = materialIds.get(material.id);
				if (firstEvent) problem(`materials.${index}.id`, material.id, `un identifiant de support unique sur tout le site : « ${material.id} » est déjà utilisé par ${firstEvent}`);
				materialIds.set(material.id, file);
				const siteFile = material.file === undefined ? undefined : publish(material.file, `materials.${index}.file`);
				return {
					...material,
					href: siteFile?.href ?? material.url ?? '',
					external: material.url !== undefined,
					formatLabel: material.format ?? formatOfFile(material.file ?? material.url ?? ''),
					sizeBytes: siteFile?.size ?? material.size,
					pageHref: `/ressources/supports/${material.id}/`,
					event: { id: event.id, title: event.title, href },
				};
			});

			let recording: LoadedRecording | undefined;
			const input = event.recording;
			if (input?.status === 'à venir') recording = { status: 'à venir', note: input.note };
			else if (input?.status === 'disponible') {
				const video = input.video!;
				const videoFile = video.file === undefined ? undefined : publish(video.file, 'recording.video.file');
				const poster = publish(input.poster!, 'recording.poster');
				const captions = publish(input.captions!, 'recording.captions');
				const transcriptFile = publish(input.transcript!, 'recording.transcript');
				let captionsEnd = 0;
				if (captions) {
					const check = checkCaptions(readFileSync(captions.absolutePath, 'utf8'));
					if (check.errors.length > 0) problem('recording.captions', input.captions, `un fichier WebVTT valide : ${check.errors.slice(0, 3).join(' ; ')}`);
					captionsEnd = check.lastCueEnd;
				}
				const transcript = transcriptFile ? parseTranscript(readFileSync(transcriptFile.absolutePath, 'utf8')) : [];
				if (transcriptFile && transcript.length === 0) problem('recording.transcript', input.transcript, 'une transcription non vide (des paragraphes séparés par une ligne vide)');
				const chapters = input.chapters.map((chapter) => ({ seconds: parseTimecode(chapter.time)!, time: chapter.time, title: chapter.title }));
				chapters.forEach((chapter, index) => {
					if (captionsEnd > 0 && chapter.seconds > captionsEnd) {
						problem(`recording.chapters.${index}.time`, chapter.time, `une position dans la vidéo : les sous-titres s’arrêtent à ${Math.ceil(captionsEnd)} s`);
					}
				});
				if (poster && captions && transcriptFile && (videoFile || video.url)) {
					recording = {
						status: 'disponible',
						note: input.note,
						video: videoFile
							? { src: videoFile.href, type: mediaTypeOf(videoFile.path), size: videoFile.size }
							: { external: { url: video.url!, host: video.host!, type: mediaTypeOf(video.url!) } },
						poster: poster.href,
						captions: captions.href,
						captionsEnd,
						transcript,
						chapters,
						slides: materials.find((material) => material.id === input.slides),
					};
				}
			}

			if (problems.length > before) continue;
			events.push({
				...event,
				sourceFile: file,
				href,
				sessions,
				period,
				periodLabel: period ? formatPeriod(period) : undefined,
				communeName: event.place ? options.communes?.get(event.place.commune) : undefined,
				organiserInfo: event.organiser === undefined ? undefined : { id: event.organiser, name: partners.get(event.organiser) ?? event.organiser, href: `/partenaires/${event.organiser}/` },
				materials,
				recording,
				fixture: rootIndex > 0,
			});
		}
	});

	problems.push(...checkReferences(references, partners.keys(), 'partenaire (fichier de partenaires/)'));
	if (options.communes) problems.push(...checkReferences(communeReferences, options.communes.keys(), 'commune du territoire (code INSEE)'));
	if (problems.length > 0) throw new ContentError(problems, `Contenu invalide dans ${eventsFolder}/`);
	return { events, files: [...files.values()] };
}

let cached: LoadedEvents | undefined;

/** The site's events (content root, plus fixtures when `HUB_FIXTURE_EVENTS` is set), loaded once per build. */
export function siteEvents(): LoadedEvents {
	cached ??= loadEvents({ communes: territoryCommunes() });
	return cached;
}
