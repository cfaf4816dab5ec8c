import { describe, expect, it } from 'vitest';
import { checkCaptions, parseTranscript } from '../../src/events/captions';
import { extensionOf, formatBytes, formatOfFile, mediaTypeOf } from '../../src/events/files';
import { describeFilter, filterCombinations, filterEvents, filterHref } from '../../src/events/filters';
import { formatTimecode, isoDuration, parseTimecode } from '../../src/events/timecode';

describe('timecodes', () => {
	it('reads m:ss and h:mm:ss and refuses anything else', () => {
		expect(parseTimecode('0:02')).toBe(2);
		expect(parseTimecode('12:30')).toBe(750);
		expect(parseTimecode('1:02:03')).toBe(3723);
		expect(parseTimecode('1:2:03')).toBeUndefined();
		expect(parseTimecode('0:75')).toBeUndefined();
		expect(parseTimecode('2 min')).toBeUndefined();
	});

	it('writes positions and ISO durations', () => {
		expect(formatTimecode(2)).toBe('0:02');
		expect(formatTimecode(3723)).toBe('1:02:03');
		expect(isoDuration(90)).toBe('PT1M30S');
		expect(isoDuration(3600)).toBe('PT1H');
		expect(isoDuration(0)).toBe('PT0S');
	});
});

describe('files', () => {
	it('names formats in French from the extension', () => {
		expect(extensionOf('a/b/Programme.PDF')).toBe('pdf');
		expect(extensionOf('https://example.fr/video.mp4?x=1#t=2')).toBe('mp4');
		expect(formatOfFile('x.odp')).toBe('Présentation OpenDocument (ODP)');
		expect(formatOfFile('x.abc')).toBe('ABC');
		expect(mediaTypeOf('x.webm')).toBe('video/webm');
	});

	it('writes sizes in French units', () => {
		expect(formatBytes(760)).toBe('760 octets');
		expect(formatBytes(24958)).toBe('24 Ko');
		expect(formatBytes(1.5 * 1024 * 1024)).toBe('1,5 Mo');
	});
});

describe('captions and transcripts', () => {
	it('accepts a valid WebVTT file and measures its last cue', () => {
		expect(checkCaptions('WEBVTT\n\n00:00.000 --> 00:02.500\nBonjour\n')).toEqual({ cues: 1, lastCueEnd: 2.5, errors: [] });
	});

	it('reports syntax errors with their line, and a file without cues', () => {
		expect(checkCaptions('WEBVT\n\n00:00.000 --> 00:02.000\nBonjour\n').errors[0]).toMatch(/^ligne 1 : /);
		expect(checkCaptions('WEBVTT\n').errors).toEqual([expect.stringContaining('aucun sous-titre')]);
	});

	it('splits a transcript into paragraphs, reads leading positions and straightens apostrophes', () => {
		expect(parseTranscript('[0:02] L’instance\nse réunit.\n\nSans position.\r\n\r\n')).toEqual([
			{ time: 2, text: "L'instance se réunit." },
			{ text: 'Sans position.' },
		]);
	});
});

describe('filters', () => {
	const events = [
		{ kind: 'formation' as const, audience: ['referent-es' as const] },
		{ kind: 'webinaire' as const, audience: ['referent-es' as const, 'familles' as const] },
	];

	it('keeps the events matching both the kind and the audience', () => {
		expect(filterEvents(events, 'tous', 'referent-es')).toHaveLength(2);
		expect(filterEvents(events, 'webinaire', 'familles')).toEqual([events[1]]);
		expect(filterEvents(events, 'formation', 'familles')).toEqual([]);
	});

	it('links « all / all » to the calendar itself and builds every other combination that matches an event', () => {
		expect(filterHref('tous', 'tous')).toBe('/formations/');
		expect(filterHref('webinaire', 'tous')).toBe('/formations/filtre/webinaire/tous/');
		expect(filterCombinations(events)).toEqual([
			{ kind: 'tous', audience: 'referent-es' },
			{ kind: 'tous', audience: 'familles' },
			{ kind: 'formation', audience: 'tous' },
			{ kind: 'formation', audience: 'referent-es' },
			{ kind: 'webinaire', audience: 'tous' },
			{ kind: 'webinaire', audience: 'referent-es' },
			{ kind: 'webinaire', audience: 'familles' },
		]);
	});

	it('describes a filter in French', () => {
		expect(describeFilter('webinaire', 'familles')).toBe('Webinaire – public : familles et proches');
		expect(describeFilter('tous', 'tous')).toBe('Tous les événements');
	});
});
