import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Temporal } from 'temporal-polyfill';
import { tzlib_get_ical_block } from 'timezones-ical-library';
import { eventKinds } from '../schemas/event-lists';
import { eventTimeZone, type ResolvedSession } from './dates';

/**
 * iCalendar (RFC 5545) files of the calendar, written by ical-generator (escaping, line folding,
 * DTSTAMP). Timed sessions are written in Paris time with `TZID=Europe/Paris` and the matching
 * VTIMEZONE (from timezones-ical-library), so calendar applications show the hour of the place
 * whatever the reader's zone; whole days are DATE values. The VTIMEZONE also keeps a feed with no
 * dated event valid (RFC 5545 requires at least one component). Each session is one VEVENT whose
 * UID is built from the event id and the session's rank, so it stays the same from one build to
 * the next and a calendar application updates it in place.
 */

/** What the calendar needs to know of an event. */
export interface CalendarEvent {
	id: string;
	title: string;
	kind: keyof typeof eventKinds;
	summary: string;
	programme: readonly string[];
	sessions?: readonly ResolvedSession[] | undefined;
	online: boolean;
	place?: { venue?: string | undefined; address?: string | undefined } | undefined;
	communeName?: string | undefined;
	status: string;
	/** Path of the event's page (`/formations/<id>/`). */
	href: string;
}

export interface CalendarOptions {
	/** Name shown by calendar applications (`X-WR-CALNAME`). */
	name: string;
	/** One sentence describing the calendar. */
	description: string;
	/** Public address of the site, for event links and UIDs (`https://example.fr`). */
	siteUrl: string;
	/** When the file is generated (DTSTAMP): the build time, given by the caller. */
	stamp: Temporal.Instant;
}

/**
 * UID of one session: stable as long as the event id and the session's rank do not change, and
 * unique because it holds the site's host. No `@`, so it is never mistaken for an e-mail address.
 */
export function sessionUid(eventId: string, rank: number, siteUrl: string): string {
	return `${new URL(siteUrl).hostname}/formations/${eventId}/session-${rank + 1}`;
}

/** Where the event happens, in words (« En ligne », « Salle X, 1 rue Y, Commune »). */
export function locationText(event: CalendarEvent): string | undefined {
	const parts = [event.place?.venue, event.place?.address, event.communeName].filter((part): part is string => Boolean(part));
	if (event.online) return parts.length > 0 ? `En ligne et ${parts.join(', ')}` : 'En ligne';
	return parts.length > 0 ? parts.join(', ') : undefined;
}

/** One calendar file holding every session of the given events (events without dates are skipped). */
export function buildCalendar(events: readonly CalendarEvent[], options: CalendarOptions): string {
	const calendar = ical({
		name: options.name,
		description: options.description,
		prodId: { company: new URL(options.siteUrl).hostname, product: 'formations', language: 'FR' },
		method: ICalCalendarMethod.PUBLISH,
		url: new URL('/formations/', options.siteUrl).toString(),
		// Subscribed calendars refresh once a day.
		ttl: 24 * 60 * 60,
	});
	// VTIMEZONE blocks come from the events' own zone. The calendar itself gets no zone while it has
	// events, because ical-generator then writes DTSTAMP in that zone whereas RFC 5545 wants UTC; an
	// empty calendar gets one, so that its VTIMEZONE keeps the file valid.
	const sessionCount = events.reduce((count, event) => count + (event.sessions?.length ?? 0), 0);
	calendar.timezone({ name: sessionCount === 0 ? eventTimeZone : null, generator: (zone) => tzlib_get_ical_block(zone)[0] ?? null });
	const stamp = new Date(options.stamp.epochMilliseconds);
	for (const event of events) {
		const sessions = event.sessions ?? [];
		const url = new URL(event.href, options.siteUrl).toString();
		const description = [event.summary, event.programme.length > 0 ? `Programme : ${event.programme.join(' ; ')}` : '', `Informations et inscription : ${url}`]
			.filter(Boolean)
			.join('\n\n');
		sessions.forEach((session, rank) => {
			const label = session.label ?? (sessions.length > 1 ? `session ${rank + 1} sur ${sessions.length}` : undefined);
			calendar.createEvent({
				id: sessionUid(event.id, rank, options.siteUrl),
				summary: label ? `${event.title} (${label})` : event.title,
				description,
				location: locationText(event) ?? null,
				url,
				stamp,
				allDay: session.allDay,
				timezone: session.allDay ? null : eventTimeZone,
				start: session.allDay ? session.firstDay : session.start.toZonedDateTimeISO(eventTimeZone),
				// DTEND of a whole-day event is the day after the last day (RFC 5545, 3.6.1).
				end: session.allDay ? session.lastDay.add({ days: 1 }) : session.end.toZonedDateTimeISO(eventTimeZone),
				status: event.status === 'annulé' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
				categories: [{ name: eventKinds[event.kind] }],
			});
		});
	}
	return calendar.toString();
}
