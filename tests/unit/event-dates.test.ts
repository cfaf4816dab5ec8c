import { describe, expect, it } from 'vitest';
import { Temporal } from 'temporal-polyfill';
import {
	classifyEvents,
	formatDay,
	formatPeriod,
	formatSession,
	isoInZone,
	isPeriodOver,
	parsePeriod,
	resolveSession,
	type Period,
	type ResolvedSession,
} from '../../src/events/dates';

const session = (start: string, end?: string): ResolvedSession => {
	const { session: resolved, problems } = resolveSession({ start, end });
	if (!resolved) throw new Error(problems.map((problem) => problem.message).join('; '));
	return resolved;
};
const instant = (text: string) => Temporal.Instant.from(text);

describe('resolveSession', () => {
	it('reads Paris wall-clock times in winter as UTC+1 and in summer as UTC+2', () => {
		expect(session('2027-03-26T09:00', '2027-03-26T17:00').start.toString()).toBe('2027-03-26T08:00:00Z');
		expect(session('2027-03-29T09:00', '2027-03-29T17:00').start.toString()).toBe('2027-03-29T07:00:00Z');
		expect(session('2027-11-02T09:00', '2027-11-02T12:00').end.toString()).toBe('2027-11-02T11:00:00Z');
	});

	it('keeps the length of a session that spans the night clocks go forward', () => {
		const overnight = session('2027-03-27T20:00', '2027-03-28T08:00');
		expect(overnight.end.since(overnight.start).total('hours')).toBe(11);
	});

	it('refuses an hour that does not exist or happens twice on the days clocks change', () => {
		expect(resolveSession({ start: '2027-03-28T02:30', end: '2027-03-28T04:00' }).problems).toEqual([
			{ field: 'start', message: expect.stringContaining('n’existe pas ce jour-là') },
		]);
		expect(resolveSession({ start: '2027-10-31T01:00', end: '2027-10-31T02:30' }).problems).toEqual([
			{ field: 'end', message: expect.stringContaining('a lieu deux fois') },
		]);
	});

	it('makes a whole day last from midnight to midnight, 23 hours on the day clocks go forward', () => {
		const day = session('2027-03-28');
		expect(day.allDay).toBe(true);
		expect(day.start.toString()).toBe('2027-03-27T23:00:00Z');
		expect(day.end.toString()).toBe('2027-03-28T22:00:00Z');
		expect(day.end.since(day.start).total('hours')).toBe(23);
	});

	it('treats the end of whole days as the last day, included', () => {
		const days = session('2027-06-10', '2027-06-11');
		expect(days.allDay && days.lastDay.toString()).toBe('2027-06-11');
		expect(days.end.toString()).toBe('2027-06-11T22:00:00Z');
	});

	it('reports an end before the start on the end field', () => {
		expect(resolveSession({ start: '2027-03-11T17:00', end: '2027-03-11T09:00' }).problems).toEqual([
			{ field: 'end', message: expect.stringContaining('une fin après le début') },
		]);
		expect(resolveSession({ start: '2027-03-12', end: '2027-03-11' }).problems[0]?.field).toBe('end');
	});

	it('refuses a timed session without end, mixed forms and days that do not exist', () => {
		expect(resolveSession({ start: '2027-03-11T09:00' }).problems[0]?.field).toBe('end');
		expect(resolveSession({ start: '2027-03-11', end: '2027-03-11T17:00' }).problems[0]?.field).toBe('end');
		expect(resolveSession({ start: '2027-02-30' }).problems[0]).toEqual({ field: 'start', message: expect.stringContaining('existe dans le calendrier') });
		expect(resolveSession({ start: '11/03/2027' }).problems[0]?.field).toBe('start');
	});
});

describe('periods', () => {
	it('reads a month, a quarter and a range of them', () => {
		const show = (period: Period | { error: string }) => ('error' in period ? period.error : `${period.from}..${period.to}`);
		expect(show(parsePeriod('2023-06'))).toBe('2023-06..2023-06');
		expect(show(parsePeriod('2024-T4'))).toBe('2024-10..2024-12');
		expect(show(parsePeriod({ from: '2023-04', to: '2023-T3' }))).toBe('2023-04..2023-09');
		expect(parsePeriod('2023-13')).toHaveProperty('error');
		expect(parsePeriod({ from: '2024-01', to: '2023-12' })).toMatchObject({ field: 'to' });
	});

	it('writes periods in French with the elision before a vowel', () => {
		expect(formatPeriod(parsePeriod('2023-06') as Period)).toBe('juin 2023');
		expect(formatPeriod(parsePeriod({ from: '2023-04', to: '2023-09' }) as Period)).toBe('d’avril à septembre 2023');
		expect(formatPeriod(parsePeriod({ from: '2023-09', to: '2024-09' }) as Period)).toBe('de septembre 2023 à septembre 2024');
	});

	it('says a period is over once its last month has ended in Paris', () => {
		const june = parsePeriod('2023-06') as Period;
		expect(isPeriodOver(june, instant('2023-06-30T21:59:59Z'))).toBe(false);
		expect(isPeriodOver(june, instant('2023-06-30T22:00:00Z'))).toBe(true);
	});
});

describe('classifyEvents', () => {
	const events = [
		{ title: 'Passée', sessions: [session('2026-10-01T09:00', '2026-10-01T12:00')] },
		{ title: 'Plus ancienne', sessions: [session('2025-01-10')] },
		{ title: 'En cours', sessions: [session('2026-11-29T09:00', '2026-11-29T18:00')] },
		{ title: 'Annulée', sessions: [session('2026-12-01T09:00', '2026-12-01T12:00')], cancelled: true },
		{ title: 'Deux sessions', sessions: [session('2026-11-20'), session('2027-01-15')] },
		{ title: 'Sans période' },
		{ title: 'Période 2024', period: parsePeriod('2024-T1') as Period },
		{ title: 'Période 2023', period: parsePeriod('2023-06') as Period },
	];
	const now = instant('2026-11-29T12:00:00Z');

	it('puts ongoing and future events first, soonest first, and past ones most recent first', () => {
		const { upcoming, past } = classifyEvents(events, now);
		expect(upcoming.map((event) => event.title)).toEqual(['En cours', 'Annulée', 'Deux sessions']);
		expect(past.map((event) => event.title)).toEqual(['Passée', 'Plus ancienne']);
	});

	it('highlights the first upcoming event that is not cancelled', () => {
		expect(classifyEvents(events.slice(3), now).next?.title).toBe('Deux sessions');
		expect(classifyEvents(events, now).next?.title).toBe('En cours');
	});

	it('keeps a multi-session event upcoming until its last session is over', () => {
		const later = instant('2027-01-15T22:59:00Z');
		const after = instant('2027-01-15T23:00:00Z');
		expect(classifyEvents(events, later).upcoming.map((event) => event.title)).toEqual(['Deux sessions']);
		expect(classifyEvents(events, after).past[0]?.title).toBe('Deux sessions');
	});

	it('orders events to schedule by period, those without one last', () => {
		expect(classifyEvents(events, now).toSchedule.map((event) => event.title)).toEqual(['Période 2023', 'Période 2024', 'Sans période']);
	});
});

describe('French labels', () => {
	it('writes days with the weekday and « 1er »', () => {
		expect(formatDay(Temporal.PlainDate.from('2027-04-01'))).toBe('jeudi 1er avril 2027');
	});

	it('writes timed, whole-day and multi-day sessions', () => {
		expect(formatSession(session('2027-03-11T09:00', '2027-03-11T17:30'))).toBe('jeudi 11 mars 2027, de 9 h à 17 h 30');
		expect(formatSession(session('2027-03-11'))).toBe('jeudi 11 mars 2027 (journée entière)');
		expect(formatSession(session('2027-03-11', '2027-03-12'))).toBe('du jeudi 11 mars 2027 au vendredi 12 mars 2027 (journées entières)');
		expect(formatSession(session('2027-03-11T18:00', '2027-03-12T10:00'))).toBe('du jeudi 11 mars 2027 à 18 h au vendredi 12 mars 2027 à 10 h');
	});

	it('gives machine-readable times with the Paris offset of that day', () => {
		expect(isoInZone(instant('2027-03-26T08:00:00Z'))).toBe('2027-03-26T09:00:00+01:00');
		expect(isoInZone(instant('2027-03-29T07:00:00Z'))).toBe('2027-03-29T09:00:00+02:00');
	});
});
