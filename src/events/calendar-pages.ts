/**
 * The calendar as pages of bounded length: the events in calendar order (upcoming, then to
 * schedule, then past), cut into pages of `eventsPerPage`. A page shows the parts it holds, each
 * under its heading; a short summary at the top of every page says on which page each part starts.
 * Pure: `/formations/` and its filtered views draw their pages from this.
 */
import type { Classified } from './dates';
import { pageCount, pagePath } from '../lib/pagination';
import { allValue, filterCombinations, filterEvents, type AudienceFilter, type Filterable, type KindFilter } from './filters';

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

/** One page of the calendar to build: a view (`tous`/`tous` for the whole calendar) and a page number. */
export interface CalendarPageParams {
	kind: KindFilter;
	audience: AudienceFilter;
	pageNumber: number;
}

/**
 * Every calendar page to build, for `getStaticPaths`: the whole calendar and each filtered view
 * (`filterCombinations`), each with as many pages as its events need. Each route keeps its share
 * (first or later pages, whole or filtered).
 */
export function calendarPageParams(events: readonly Filterable[], size = eventsPerPage): CalendarPageParams[] {
	const views: { kind: KindFilter; audience: AudienceFilter }[] = [{ kind: allValue, audience: allValue }, ...filterCombinations(events)];
	return views.flatMap(({ kind, audience }) =>
		Array.from({ length: pageCount(filterEvents(events, kind, audience).length, size) }, (_, index) => ({ kind, audience, pageNumber: index + 1 })),
	);
}

/** Whether calendar page parameters are those of the whole calendar (`/formations/`), not a filtered view. */
export function isWholeCalendar({ kind, audience }: Pick<CalendarPageParams, 'kind' | 'audience'>): boolean {
	return kind === allValue && audience === allValue;
}

/** Recordings listed on one page of `/formations/replays/`. */
export const recordingsPerPage = 20;

/** Number of pages of `/formations/replays/`: the recordings that can be replayed now, `recordingsPerPage` a page. */
export function replayPageCount(events: readonly { recording?: { status: string } | undefined }[]): number {
	return pageCount(events.filter((event) => event.recording?.status === 'disponible').length, recordingsPerPage);
}
