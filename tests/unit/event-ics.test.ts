import { describe, expect, it } from 'vitest';
import ICAL from 'ical.js';
import { Temporal } from 'temporal-polyfill';
import { resolveSession, type ResolvedSession } from '../../src/events/dates';
import { buildCalendar, sessionUid, type CalendarEvent } from '../../src/events/ics';

const session = (start: string, end?: string, label?: string): ResolvedSession => resolveSession({ start, end, label }).session!;
const options = { name: 'Formations – réseau', description: 'Calendrier de test', siteUrl: 'https://hub.example.fr', stamp: Temporal.Instant.from('2026-11-29T10:00:00Z') };

const training: CalendarEvent = {
	id: 'formation-reperer',
	title: 'Repérer, orienter ; accompagner : les mineur·es victimes, « ensemble »',
	kind: 'formation',
	summary: 'Deux journées, à Clermont-Ferrand, pour les professionnel·les de l’éducation, de la santé et du social.',
	programme: ['Signes d’alerte', 'Qui appeler, et quand'],
	sessions: [session('2027-03-26T09:00', '2027-03-26T17:00', 'jour 1'), session('2027-03-29T09:00', '2027-03-29T17:00', 'jour 2')],
	online: false,
	place: { venue: 'Salle polyvalente', address: '1 place de l’Étoile' },
	communeName: 'Clermont-Ferrand',
	status: 'prévu',
	href: '/formations/formation-reperer/',
};
const day: CalendarEvent = { ...training, id: 'journee', title: 'Journée d’échange', sessions: [session('2027-06-10', '2027-06-11')], online: true, place: undefined, communeName: undefined, status: 'annulé', href: '/formations/journee/' };
const undated: CalendarEvent = { ...training, id: 'a-programmer', sessions: undefined };

const text = buildCalendar([training, day, undated], options);
/** The file's VEVENTs, read by ical.js with the file's own VTIMEZONE. */
const vevents = (ics = text) => {
	const root = new ICAL.Component(ICAL.parse(ics));
	for (const zone of root.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
	return root.getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));
};
const utc = (time: ICAL.Time) => new Date(time.toUnixTime() * 1000).toISOString();

describe('buildCalendar', () => {
	it('is parsed by ical.js into one VEVENT per session, skipping events without dates', () => {
		expect(vevents().map((event) => event.uid)).toEqual([
			'hub.example.fr/formations/formation-reperer/session-1',
			'hub.example.fr/formations/formation-reperer/session-2',
			'hub.example.fr/formations/journee/session-1',
		]);
	});

	it('keeps accents, commas and semicolons through escaping and line folding', () => {
		const [first] = vevents();
		expect(first!.summary).toBe('Repérer, orienter ; accompagner : les mineur·es victimes, « ensemble » (jour 1)');
		expect(first!.location).toBe('Salle polyvalente, 1 place de l’Étoile, Clermont-Ferrand');
		expect(first!.description).toContain('Programme : Signes d’alerte ; Qui appeler, et quand');
		expect(first!.description).toContain('https://hub.example.fr/formations/formation-reperer/');
	});

	it('writes timed sessions in Paris time with its VTIMEZONE, the right instants on both sides of the change to summer time', () => {
		expect(text).toMatch(/^DTSTART;TZID=Europe\/Paris:20270326T090000\r$/m);
		expect(text).toMatch(/^DTSTART;TZID=Europe\/Paris:20270329T090000\r$/m);
		expect(text.match(/^BEGIN:VTIMEZONE\r$/gm)).toHaveLength(1);
		const [winter, summer] = vevents();
		expect(utc(winter!.startDate)).toBe('2027-03-26T08:00:00.000Z');
		expect(utc(summer!.startDate)).toBe('2027-03-29T07:00:00.000Z');
		expect(utc(summer!.endDate)).toBe('2027-03-29T15:00:00.000Z');
	});

	it('stays a valid calendar with no dated event: its VTIMEZONE is the one component RFC 5545 requires', () => {
		const empty = buildCalendar([undated], options);
		const root = new ICAL.Component(ICAL.parse(empty));
		expect(root.getAllSubcomponents('vevent')).toHaveLength(0);
		expect(root.getAllSubcomponents('vtimezone').map((zone) => zone.getFirstPropertyValue('tzid'))).toEqual(['Europe/Paris']);
	});

	it('writes whole days as DATE values with an exclusive end, and cancelled events as CANCELLED', () => {
		const allDay = vevents()[2]!;
		expect(allDay.startDate.isDate).toBe(true);
		expect(allDay.startDate.toString()).toBe('2027-06-10');
		expect(allDay.endDate.toString()).toBe('2027-06-12');
		expect(allDay.component.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(allDay.location).toBe('En ligne');
	});

	it('gives every VEVENT a DTSTAMP in UTC, the build time passed in', () => {
		expect(text.match(/^DTSTAMP:.*\r$/gm)).toEqual(['DTSTAMP:20261129T100000Z\r', 'DTSTAMP:20261129T100000Z\r', 'DTSTAMP:20261129T100000Z\r']);
		for (const event of vevents()) expect(event.component.getFirstPropertyValue('dtstamp')?.toString()).toBe('2026-11-29T10:00:00Z');
	});

	it('folds lines at 75 octets and ends them with CRLF (RFC 5545, 3.1)', () => {
		const lines = text.split('\r\n');
		expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
		expect(Math.max(...lines.map((line) => Buffer.byteLength(line, 'utf8')))).toBeLessThanOrEqual(75);
		expect(lines.some((line) => line.startsWith(' '))).toBe(true);
	});

	it('gives the same UIDs from one build to the next', () => {
		const later = buildCalendar([training], { ...options, stamp: Temporal.Instant.from('2027-01-01T00:00:00Z') });
		expect(later).toContain(`UID:${sessionUid('formation-reperer', 1, options.siteUrl)}`);
		expect(sessionUid('formation-reperer', 1, options.siteUrl)).toBe('hub.example.fr/formations/formation-reperer/session-2');
	});
});
