import { Temporal } from 'temporal-polyfill';

/**
 * Dates of the events calendar, as pure functions: coordinators write wall-clock times of the
 * event's place (`2027-03-11T09:00`, or `2027-03-11` for a whole day) and these functions turn
 * them into instants, French labels and the upcoming / to-schedule / past ordering. "Now" is
 * always a parameter, so the same input gives the same output in tests and at build time.
 */

/** Time zone in which coordinators write event times (every event of the hub happens in France). */
export const eventTimeZone = 'Europe/Paris';

/** A day or a time written by a coordinator, once read. */
export type LocalValue = { kind: 'date'; date: Temporal.PlainDate } | { kind: 'datetime'; dateTime: Temporal.PlainDateTime };

/** One session (one slot in the calendar) as written in an event file. */
export interface SessionInput {
	/** `AAAA-MM-JJ` for a whole day, `AAAA-MM-JJTHH:MM` (or with a space) for a timed session. */
	start: string;
	/** Same form as `start`; for a whole day it is the last day (inclusive) and may be left out. */
	end?: string | undefined;
	/** Optional label (« Groupe 1, jour 2 »). */
	label?: string | undefined;
}

/** A session turned into instants: `end` is exclusive (the day after the last day for whole days). */
export type ResolvedSession = {
	start: Temporal.Instant;
	end: Temporal.Instant;
	label?: string | undefined;
} & ({ allDay: true; firstDay: Temporal.PlainDate; lastDay: Temporal.PlainDate } | { allDay: false; startLocal: Temporal.PlainDateTime; endLocal: Temporal.PlainDateTime });

/** A problem with one field of a session, in French (what is expected). */
export interface SessionProblem {
	field: 'start' | 'end';
	message: string;
}

const datePattern = /^(\d{4}-\d{2}-\d{2})$/;
const dateTimePattern = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2})$/;

/** Reads `2027-03-11` or `2027-03-11T09:00`; returns a French message when the text is not a real day or time. */
export function parseLocal(text: string): LocalValue | { error: string } {
	const trimmed = text.trim();
	const example = 'une date AAAA-MM-JJ (journée entière, ex. « 2027-03-11 ») ou une date et une heure AAAA-MM-JJTHH:MM (ex. « 2027-03-11T09:00 »)';
	try {
		const dateMatch = datePattern.exec(trimmed);
		if (dateMatch) return { kind: 'date', date: Temporal.PlainDate.from(trimmed, { overflow: 'reject' }) };
		const dateTimeMatch = dateTimePattern.exec(trimmed);
		if (dateTimeMatch) return { kind: 'datetime', dateTime: Temporal.PlainDateTime.from(`${dateTimeMatch[1]}T${dateTimeMatch[2]}`, { overflow: 'reject' }) };
	} catch {
		return { error: `une date qui existe dans le calendrier : ${example}` };
	}
	return { error: example };
}

/**
 * The instant of a wall-clock time in `timeZone`; refuses the times that do not exist (the hour
 * skipped when clocks go forward) or happen twice (the hour repeated when they go back).
 */
export function localToInstant(dateTime: Temporal.PlainDateTime, timeZone = eventTimeZone): Temporal.Instant | { error: string } {
	const earlier = dateTime.toZonedDateTime(timeZone, { disambiguation: 'earlier' });
	const later = dateTime.toZonedDateTime(timeZone, { disambiguation: 'later' });
	if (!earlier.toPlainDateTime().equals(dateTime)) {
		return { error: `une heure qui existe : ${formatClock(dateTime)} n’existe pas ce jour-là (passage à l’heure d’été), choisissez une autre heure` };
	}
	if (earlier.epochMilliseconds !== later.epochMilliseconds) {
		return { error: `une heure sans ambiguïté : ${formatClock(dateTime)} a lieu deux fois ce jour-là (passage à l’heure d’hiver), choisissez une autre heure` };
	}
	return earlier.toInstant();
}

/** Start of a day in `timeZone` (midnight, or the first existing minute of that day). */
export function startOfDay(date: Temporal.PlainDate, timeZone = eventTimeZone): Temporal.Instant {
	return date.toZonedDateTime({ timeZone }).toInstant();
}

/** Turns a session as written into instants, or lists what is wrong with its `start` and `end`. */
export function resolveSession(input: SessionInput, timeZone = eventTimeZone): { session?: ResolvedSession; problems: SessionProblem[] } {
	const start = parseLocal(input.start);
	if ('error' in start) return { problems: [{ field: 'start', message: start.error }] };
	const end = input.end === undefined ? undefined : parseLocal(input.end);
	if (end && 'error' in end) return { problems: [{ field: 'end', message: end.error }] };

	if (start.kind === 'date') {
		if (end && end.kind !== 'date') {
			return { problems: [{ field: 'end', message: `une date sans heure comme le début (« ${input.start} ») : une session est soit une journée entière, soit un horaire` }] };
		}
		const lastDay = end?.date ?? start.date;
		if (Temporal.PlainDate.compare(lastDay, start.date) < 0) {
			return { problems: [{ field: 'end', message: `une fin le même jour que le début ou après (début : « ${input.start} »)` }] };
		}
		return {
			session: {
				allDay: true,
				firstDay: start.date,
				lastDay,
				start: startOfDay(start.date, timeZone),
				end: startOfDay(lastDay.add({ days: 1 }), timeZone),
				label: input.label,
			},
			problems: [],
		};
	}

	if (!end) return { problems: [{ field: 'end', message: `l’heure de fin de la session (ex. « ${start.dateTime.toPlainDate().toString()}T17:00 »)` }] };
	if (end.kind !== 'datetime') {
		return { problems: [{ field: 'end', message: `une date et une heure comme le début (« ${input.start} »), par exemple « ${start.dateTime.toPlainDate().toString()}T17:00 »` }] };
	}
	const startInstant = localToInstant(start.dateTime, timeZone);
	if ('error' in startInstant) return { problems: [{ field: 'start', message: startInstant.error }] };
	const endInstant = localToInstant(end.dateTime, timeZone);
	if ('error' in endInstant) return { problems: [{ field: 'end', message: endInstant.error }] };
	if (Temporal.Instant.compare(endInstant, startInstant) <= 0) {
		return { problems: [{ field: 'end', message: `une fin après le début (début : « ${input.start} ») : la fin est avant le début ou à la même heure` }] };
	}
	return {
		session: { allDay: false, start: startInstant, end: endInstant, startLocal: start.dateTime, endLocal: end.dateTime, label: input.label },
		problems: [],
	};
}

/** A target period for an event not yet dated: whole months, from `from` to `to` inclusive. */
export interface Period {
	from: Temporal.PlainYearMonth;
	to: Temporal.PlainYearMonth;
}

const monthPattern = /^(\d{4})-(\d{2})$/;
const quarterPattern = /^(\d{4})-T([1-4])$/;

/** Reads a month (`2023-06`) or a quarter (`2023-T2`, T for « trimestre ») as a period. */
export function parsePeriodPart(text: string): Period | { error: string } {
	const expected = 'un mois AAAA-MM (ex. « 2023-06 ») ou un trimestre AAAA-Tn (ex. « 2023-T2 » pour avril à juin 2023)';
	const month = monthPattern.exec(text.trim());
	if (month) {
		const number = Number(month[2]);
		if (number < 1 || number > 12) return { error: expected };
		const value = Temporal.PlainYearMonth.from({ year: Number(month[1]), month: number });
		return { from: value, to: value };
	}
	const quarter = quarterPattern.exec(text.trim());
	if (quarter) {
		const year = Number(quarter[1]);
		const first = (Number(quarter[2]) - 1) * 3 + 1;
		return { from: Temporal.PlainYearMonth.from({ year, month: first }), to: Temporal.PlainYearMonth.from({ year, month: first + 2 }) };
	}
	return { error: expected };
}

/** Reads a period written as one month or quarter, or as `{ from, to }` (each a month or a quarter). */
export function parsePeriod(input: string | { from: string; to: string }): Period | { error: string; field?: 'from' | 'to' } {
	if (typeof input === 'string') return parsePeriodPart(input);
	const from = parsePeriodPart(input.from);
	if ('error' in from) return { error: from.error, field: 'from' };
	const to = parsePeriodPart(input.to);
	if ('error' in to) return { error: to.error, field: 'to' };
	if (Temporal.PlainYearMonth.compare(to.to, from.from) < 0) return { error: `une fin de période après son début (« ${input.from} »)`, field: 'to' };
	return { from: from.from, to: to.to };
}

/** Whether the whole period is over at `now` (its last month has ended in `timeZone`). */
export function isPeriodOver(period: Period, now: Temporal.Instant, timeZone = eventTimeZone): boolean {
	const endOfPeriod = startOfDay(period.to.toPlainDate({ day: 1 }).add({ months: 1 }), timeZone);
	return Temporal.Instant.compare(now, endOfPeriod) >= 0;
}

/** What the classification needs to know of an event. */
export interface Schedulable {
	/** Dated sessions, or undefined when the event is still to be scheduled. */
	sessions?: readonly ResolvedSession[] | undefined;
	/** Target period of an event to schedule, when the source gives one. */
	period?: Period | undefined;
	/** Cancelled events are never highlighted as the next one. */
	cancelled?: boolean | undefined;
	/** Tie-breaker, so the order never depends on file order. */
	title: string;
}

export interface Classified<T> {
	/** Dated events with a session not yet over at `now` (ongoing ones included), soonest first. */
	upcoming: T[];
	/** The first upcoming event that is not cancelled. */
	next: T | undefined;
	/** Events with no date yet, by target period (those without one last). */
	toSchedule: T[];
	/** Dated events whose every session is over, most recent first. */
	past: T[];
}

const byTitle = (a: { title: string }, b: { title: string }) => a.title.localeCompare(b.title, 'fr');

/** The first session of an event not yet over at `now`, if any. */
export function nextSession(sessions: readonly ResolvedSession[], now: Temporal.Instant): ResolvedSession | undefined {
	return [...sessions].sort((a, b) => Temporal.Instant.compare(a.start, b.start)).find((session) => Temporal.Instant.compare(session.end, now) > 0);
}

/** The end of the last session of an event. */
export function lastEnd(sessions: readonly ResolvedSession[]): Temporal.Instant {
	return sessions.map((session) => session.end).reduce((latest, end) => (Temporal.Instant.compare(end, latest) > 0 ? end : latest));
}

/** Splits events into upcoming (with the next one), to schedule and past, relative to `now`. */
export function classifyEvents<T extends Schedulable>(events: readonly T[], now: Temporal.Instant): Classified<T> {
	const upcoming: { event: T; at: Temporal.Instant }[] = [];
	const past: T[] = [];
	const toSchedule: T[] = [];
	for (const event of events) {
		if (!event.sessions || event.sessions.length === 0) {
			toSchedule.push(event);
			continue;
		}
		const session = nextSession(event.sessions, now);
		if (session) upcoming.push({ event, at: session.start });
		else past.push(event);
	}
	upcoming.sort((a, b) => Temporal.Instant.compare(a.at, b.at) || byTitle(a.event, b.event));
	past.sort((a, b) => Temporal.Instant.compare(lastEnd(b.sessions!), lastEnd(a.sessions!)) || byTitle(a, b));
	toSchedule.sort((a, b) => {
		if (a.period && b.period) return Temporal.PlainYearMonth.compare(a.period.from, b.period.from) || Temporal.PlainYearMonth.compare(a.period.to, b.period.to) || byTitle(a, b);
		if (a.period) return -1;
		if (b.period) return 1;
		return byTitle(a, b);
	});
	const ordered = upcoming.map(({ event }) => event);
	return { upcoming: ordered, next: ordered.find((event) => !event.cancelled), toSchedule, past };
}

// ---------------------------------------------------------------------------------------------
// French labels

const monthNames = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** « 9 h », « 9 h 30 », « 17 h 05 ». */
export function formatClock(time: { hour: number; minute: number }): string {
	return time.minute === 0 ? `${time.hour} h` : `${time.hour} h ${String(time.minute).padStart(2, '0')}`;
}

/** « jeudi 1er avril 2027 » (French ordinal for the first of the month). */
export function formatDay(date: Temporal.PlainDate): string {
	const weekday = new Intl.DateTimeFormat('fr-FR', { weekday: 'long', timeZone: 'UTC' }).format(new Date(Date.UTC(date.year, date.month - 1, date.day, 12)));
	return `${weekday} ${date.day === 1 ? '1er' : date.day} ${monthNames[date.month - 1]} ${date.year}`;
}

/** « jeudi 11 mars 2027, de 9 h à 17 h », « du lundi 8 au mardi 9 mars 2027 (journées entières) »... */
export function formatSession(session: ResolvedSession): string {
	if (session.allDay) {
		if (session.firstDay.equals(session.lastDay)) return `${formatDay(session.firstDay)} (journée entière)`;
		return `du ${formatDay(session.firstDay)} au ${formatDay(session.lastDay)} (journées entières)`;
	}
	const startDay = session.startLocal.toPlainDate();
	const endDay = session.endLocal.toPlainDate();
	if (startDay.equals(endDay)) return `${formatDay(startDay)}, de ${formatClock(session.startLocal)} à ${formatClock(session.endLocal)}`;
	return `du ${formatDay(startDay)} à ${formatClock(session.startLocal)} au ${formatDay(endDay)} à ${formatClock(session.endLocal)}`;
}

/** ISO text with the offset of `timeZone`, for `<time datetime>` (« 2027-03-11T09:00:00+01:00 »). */
export function isoInZone(instant: Temporal.Instant, timeZone = eventTimeZone): string {
	return instant.toZonedDateTimeISO(timeZone).toString({ timeZoneName: 'never', smallestUnit: 'second' });
}

const startsWithVowel = (word: string) => /^[aeiouyàâéèêîïôûh]/i.test(word);

/** « juin 2023 », « d’avril à juin 2023 », « de septembre 2023 à septembre 2024 ». */
export function formatPeriod(period: Period): string {
	const name = (value: Temporal.PlainYearMonth) => monthNames[value.month - 1]!;
	if (period.from.equals(period.to)) return `${name(period.from)} ${period.from.year}`;
	const de = startsWithVowel(name(period.from)) ? 'd’' : 'de ';
	if (period.from.year === period.to.year) return `${de}${name(period.from)} à ${name(period.to)} ${period.to.year}`;
	return `${de}${name(period.from)} ${period.from.year} à ${name(period.to)} ${period.to.year}`;
}

/** A JS `Date` (the build time the pages pass as « now ») as a Temporal instant. */
export function instantFromDate(date: Date): Temporal.Instant {
	return Temporal.Instant.fromEpochMilliseconds(date.getTime());
}
