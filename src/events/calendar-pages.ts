/**
 * The calendar as pages of bounded length: the events in calendar order (upcoming, then to
 * schedule, then past), cut into pages of `eventsPerPage`. A page shows the parts it holds, each
 * under its heading; a short summary at the top of every page says on which page each part starts.
 * Pure: `/formations/` and its filtered views draw their pages from this.
 */
import type { Classified } from './dates';
import { pageCount, pagePath } from '../lib/pagination';

/** Events shown on one page of the calendar: long enough to scan, short enough for an old PC. */
export const eventsPerPage = 20;

export const calendarParts = [
	{ id: 'upcoming', anchor: 'a-venir', heading: 'À venir' },
	{ id: 'toSchedule', anchor: 'a-programmer', heading: 'À programmer' },
	{ id: 'past', anchor: 'passes', heading: 'Passés' },
] as const;

export type CalendarPartId = (typeof calendarParts)[number]['id'];

/** One part of the calendar as one page shows it. */
export interface PagePart<T> {
	id: CalendarPartId;
	anchor: string;
	heading: string;
	/** The part's events on this page. */
	events: T[];
	/** Whether the part started on an earlier page (« suite »). */
	continued: boolean;
}

/** Where a part of the calendar starts, for the summary at the top of each page. */
export interface PartStart {
	id: CalendarPartId;
	heading: string;
	count: number;
	/** Address of the page where the part starts, with its anchor; undefined for an empty part. */
	href: string | undefined;
}

export interface CalendarPage<T> {
	number: number;
	last: number;
	/** The parts this page holds, in calendar order (a part with no event on this page is left out). */
	parts: PagePart<T>[];
}

/**
 * Cuts the classified events into pages of `size`, in calendar order.
 * @param basePath address of the first page (`/formations/` or a filtered view)
 * @returns the pages (at least one, possibly empty) and where each part starts
 */
export function calendarPages<T>(classified: Pick<Classified<T>, CalendarPartId>, basePath: string, size = eventsPerPage): { pages: CalendarPage<T>[]; starts: PartStart[] } {
	const ordered = calendarParts.flatMap((part) => classified[part.id].map((event) => ({ event, part })));
	const last = pageCount(ordered.length, size);
	const pages: CalendarPage<T>[] = [];
	const starts = new Map<CalendarPartId, string>();
	for (let number = 1; number <= last; number++) {
		const slice = ordered.slice((number - 1) * size, number * size);
		const parts: PagePart<T>[] = [];
		for (const { event, part } of slice) {
			let current = parts.at(-1);
			if (current?.id !== part.id) {
				const continued = starts.has(part.id);
				if (!continued) starts.set(part.id, `${pagePath(basePath, number)}#${part.anchor}`);
				current = { id: part.id, anchor: part.anchor, heading: part.heading, events: [], continued };
				parts.push(current);
			}
			current.events.push(event);
		}
		pages.push({ number, last, parts });
	}
	const summary = calendarParts.map((part) => ({ id: part.id, heading: part.heading, count: classified[part.id].length, href: starts.get(part.id) }));
	return { pages, starts: summary };
}

/**
 * The calendar pages to build for one list of events: page numbers 1 to the last one, for
 * `getStaticPaths`. Classified at build time, as the pages themselves are.
 */
export function calendarPageNumbers(eventCount: number, size = eventsPerPage): number[] {
	return Array.from({ length: pageCount(eventCount, size) }, (_, index) => index + 1);
}

/** Recordings listed on one page of `/formations/replays/`. */
export const recordingsPerPage = 20;
