import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readDataFile } from '../../src/content-loading/load-data';
import { loadEvents, territoryCommunes } from '../../src/events/load';
import { EventSchema } from '../../src/schemas/event';
import { ContentError } from '../../src/schemas/friendly-errors';

const communes = territoryCommunes();
const partners = new Map([
	['cdef-63', 'CDEF 63'],
	['amicale-du-nid', 'Amicale du Nid'],
]);
const fixtureRoot = resolve('tests/fixtures/events');
// The bad events of the corpus, beside the files some of them name (a copy, as the corpus harness does).
const badRoot = mkdtempSync(join(tmpdir(), 'bad-events-'));
cpSync(resolve('tests/fixtures/bad-content/evenements'), join(badRoot, 'evenements'), { recursive: true });
cpSync(resolve('tests/fixtures/bad-event-files/supports'), join(badRoot, 'supports'), { recursive: true });
afterAll(() => rmSync(badRoot, { recursive: true, force: true }));

function problemsOf(roots: string[]) {
	try {
		loadEvents({ roots, partners, communes });
	} catch (error) {
		if (error instanceof ContentError) return error;
		throw error;
	}
	throw new Error('expected the events to be rejected');
}

describe('loadEvents on the fixture root', () => {
	const { events, files } = loadEvents({ roots: [resolve('content'), fixtureRoot], communes });
	const webinar = events.find((event) => event.id === 'webinaire-fictif')!;
	const training = events.find((event) => event.id === 'formation-fictive')!;

	it('marks events of the fixture root as fixtures and those of the content root as not', () => {
		expect(webinar.fixture).toBe(true);
		expect(events.filter((event) => !event.fixture).map((event) => event.id)).toContain('restitution-diagnostic-local');
	});

	it('resolves a recording: video, poster, captions, chapters in seconds, transcript paragraphs', () => {
		const recording = webinar.recording;
		expect(recording?.status).toBe('disponible');
		if (recording?.status !== 'disponible') return;
		expect(recording.video).toEqual({ src: '/supports/webinaire-fictif/video.webm', type: 'video/webm', size: expect.any(Number) });
		expect(recording.captions).toBe('/supports/webinaire-fictif/sous-titres.vtt');
		expect(recording.captionsEnd).toBe(6);
		expect(recording.chapters.map((chapter) => chapter.seconds)).toEqual([0, 2, 4]);
		expect(recording.transcript[1]).toEqual({ time: 2, text: expect.stringContaining("l'ornithorynque") });
		expect(recording.slides?.id).toBe('webinaire-fictif-diaporama');
	});

	it('measures material files and gives each a stable page', () => {
		const [material] = webinar.materials;
		expect(material).toMatchObject({ href: '/supports/webinaire-fictif/diaporama.pdf', formatLabel: 'PDF', pageHref: '/ressources/supports/webinaire-fictif-diaporama/', external: false });
		expect(material!.sizeBytes).toBeGreaterThan(100);
	});

	it('publishes only the files events name, each once', () => {
		expect(files.map((file) => file.href).sort()).toEqual([
			'/supports/formation-fictive/programme.pdf',
			'/supports/webinaire-fictif/affiche.jpg',
			'/supports/webinaire-fictif/diaporama.pdf',
			'/supports/webinaire-fictif/sous-titres.vtt',
			'/supports/webinaire-fictif/transcription.txt',
			'/supports/webinaire-fictif/video.webm',
		]);
	});

	it('names the commune of the place and resolves sessions across the change to summer time', () => {
		expect(training.communeName).toBe('Clermont-Ferrand');
		expect(training.sessions?.map((session) => session.start.toString())).toEqual(['2035-03-23T08:00:00Z', '2035-03-27T07:00:00Z']);
	});
});

describe('the events of the site', () => {
	// Organisers are checked against the real partner directory, content/partenaires/.
	const { events } = loadEvents({ roots: [resolve('content')], communes });

	it('carry no date the source does not give: the planned events are to schedule', () => {
		for (const id of ['restitution-diagnostic-local', 'prostitution-des-jeunes-comprendre-pour-agir', 'referent-parcours-sante-social', 'groupes-expression-adolescents']) {
			const event = events.find((item) => item.id === id);
			expect(event, id).toBeDefined();
			expect(event!.sessions, id).toBeUndefined();
		}
	});

	it('name their organiser from the partner directory', () => {
		expect(events.find((event) => event.id === 'referent-parcours-sante-social')?.organiserInfo).toMatchObject({ id: 'unaforis', href: '/partenaires/unaforis/' });
	});

	it('announce the restitution webinar recording as to come, with no video', () => {
		const restitution = events.find((event) => event.id === 'restitution-diagnostic-local')!;
		expect(restitution.recording).toEqual({ status: 'à venir', note: expect.any(String) });
		expect(restitution.periodLabel).toBe('d’avril à septembre 2023');
	});
});

describe('bad events', () => {
	const error = problemsOf([badRoot]);
	const cases: [file: string, field: string, expected: RegExp][] = [
		['end-before-start.yaml', 'dates.sessions.0.end', /une fin après le début/],
		['unknown-organiser.yaml', 'organiser', /vouliez-vous dire « cdef-63 »/],
		['missing-material-file.yaml', 'materials.0.file', /introuvable/],
		['unparsable-vtt.yaml', 'recording.captions', /un fichier WebVTT valide : ligne \d+/],
		['recording-without-captions.yaml', 'recording.captions', /sous-titres/],
	];

	it.each(cases)('rejects %s on the field %s, naming the file', (file, field, expected) => {
		const problems = error.problems.filter((problem) => problem.file.endsWith(`/evenements/${file}`));
		expect(problems.map((problem) => problem.field)).toEqual([field]);
		expect(problems[0]!.expected).toMatch(expected);
		expect(error.message).toContain(`Fichier ${problems[0]!.file}`);
		expect(problems[0]!.file).toMatch(new RegExp(`evenements/${file.replace('.', '\\.')}$`));
		expect(error.message).toContain(`champ « ${field} »`);
	});

	it('checks the organiser against the partner ids it is given', () => {
		const withPartner = new Map([...partners, ['cdef-36', 'Partenaire fictif']]);
		let rejected: ContentError | undefined;
		try {
			loadEvents({ roots: [badRoot], partners: withPartner, communes });
		} catch (caught) {
			rejected = caught as ContentError;
		}
		expect(rejected?.problems.some((problem) => problem.field === 'organiser')).toBe(false);
	});

	it('rejects a commune code that is not in the territory', () => {
		expect(() => loadEvents({ roots: [fixtureRoot], partners, communes: new Map([['63001', 'Aigueperse']]) })).toThrow(/champ « place\.commune » : valeur reçue « 63113 »/);
	});
});

describe('the event template for coordinators', () => {
	it('is a valid event, so it never teaches a wrong field', () => {
		const { data } = readDataFile(resolve('content/evenements/_modele.yaml'));
		const result = EventSchema.safeParse(data);
		expect(result.error?.issues ?? []).toEqual([]);
	});
});

describe('the organiser', () => {
	it('is checked against the partner files of the content root and links to the partner page', () => {
		const root = mkdtempSync(join(tmpdir(), 'events-partners-'));
		try {
			mkdirSync(join(root, 'evenements'));
			const yaml = readFileSync(resolve('content/evenements/groupes-expression-adolescents.yaml'), 'utf8').replace(/^organiser: .*\n/m, '');
			writeFileSync(join(root, 'evenements/groupes.yaml'), `${yaml}organiser: cdef-63\n`);
			expect(() => loadEvents({ roots: [root] })).toThrow(/champ « organiser » : valeur reçue « cdef-63 »/);
			mkdirSync(join(root, 'partenaires'));
			writeFileSync(join(root, 'partenaires/cdef-63.yaml'), 'id: cdef-63\nname: Centre départemental de l’enfance et de la famille\n');
			const [event] = loadEvents({ roots: [root] }).events;
			expect(event!.organiserInfo).toEqual({ id: 'cdef-63', name: 'Centre départemental de l’enfance et de la famille', href: '/partenaires/cdef-63/' });
		} finally {
			rmSync(root, { recursive: true, force: true });
		}
	});
});
