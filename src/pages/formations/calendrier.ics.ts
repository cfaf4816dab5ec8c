import type { APIRoute } from 'astro';
import { instantFromDate } from '~/events/dates';
import { buildCalendar } from '~/events/ics';
import { siteEvents } from '~/events/load';
import { loadTerritory } from '~/territory/load';

/** `/formations/calendrier.ics`: every dated session of the calendar, as a feed to subscribe to. */
export const GET: APIRoute = () => {
	const territory = loadTerritory();
	const body = buildCalendar(siteEvents().events, {
		name: `Formations – ${territory.siteTitle}`,
		description: `Formations, webinaires et rencontres du réseau ${territory.nameWithPreposition} (${territory.pilot.shortName}).`,
		siteUrl: territory.siteUrl,
		stamp: instantFromDate(new Date()),
	});
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
