import { comparePartialDates, partialDateYear } from '../lib/partial-date';
import type { TimelineEvent } from '../schemas/timeline';

/** Events of one year, in chronological order. */
export interface TimelineYear {
	year: number;
	events: TimelineEvent[];
}

/**
 * Puts events in chronological order and groups them by year, so the page reads as a timeline
 * whatever order the coordinators wrote the file in. Events of the same date keep their file order.
 * @param events validated events
 * @returns one entry per year that has events, oldest first
 */
export function groupTimelineByYear(events: readonly TimelineEvent[]): TimelineYear[] {
	const sorted = events
		.map((event, index) => ({ event, index }))
		.sort((a, b) => comparePartialDates(a.event.date, b.event.date) || a.index - b.index)
		.map(({ event }) => event);
	const years: TimelineYear[] = [];
	for (const event of sorted) {
		const year = partialDateYear(event.date);
		const last = years.at(-1);
		if (last?.year === year) last.events.push(event);
		else years.push({ year, events: [event] });
	}
	return years;
}
