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
const vevents = () => new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent').map((component) => new ICAL.Event(component));

describe('buildCalendar', () => {
	it('is parsed by ical.js into one VEVENT per session, skipping events without dates', () => {
		expect(vevents().map((event) => event.uid)).toEqual([
			'formation-reperer-session-1@hub.example.fr',
			'formation-reperer-session-2@hub.example.fr',
			'journee-session-1@hub.example.fr',
		]);
	});

	it('keeps accents, commas and semicolons through escaping and line folding', () => {
		const [first] = vevents();
		expect(first!.summary).toBe('Repérer, orienter ; accompagner : les mineur·es victimes, « ensemble » (jour 1)');
		expect(first!.location).toBe('Salle polyvalente, 1 place de l’Étoile, Clermont-Ferrand');
		expect(first!.description).toContain('Programme : Signes d’alerte ; Qui appeler, et quand');
		expect(first!.description).toContain('https://hub.example.fr/formations/formation-reperer/');
	});

	it('writes timed sessions in UTC, one hour apart in clock terms across the change to summer time', () => {
		const [winter, summer] = vevents();
		expect(winter!.startDate.toString()).toBe('2027-03-26T08:00:00Z');
		expect(summer!.startDate.toString()).toBe('2027-03-29T07:00:00Z');
		expect(summer!.endDate.toString()).toBe('2027-03-29T15:00:00Z');
		expect(text).toMatch(/^DTSTART:20270326T080000Z\r$/m);
	});

	it('writes whole days as DATE values with an exclusive end, and cancelled events as CANCELLED', () => {
		const allDay = vevents()[2]!;
		expect(allDay.startDate.isDate).toBe(true);
		expect(allDay.startDate.toString()).toBe('2027-06-10');
		expect(allDay.endDate.toString()).toBe('2027-06-12');
		expect(allDay.component.getFirstPropertyValue('status')).toBe('CANCELLED');
		expect(allDay.location).toBe('En ligne');
	});

	it('gives every VEVENT a DTSTAMP, the build time passed in', () => {
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
		expect(sessionUid('formation-reperer', 1, options.siteUrl)).toBe('formation-reperer-session-2@hub.example.fr');
	});
});
