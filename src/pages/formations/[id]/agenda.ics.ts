import type { APIRoute, GetStaticPaths } from 'astro';
import { instantFromDate } from '~/events/dates';
import { buildCalendar } from '~/events/ics';
import { siteEvents, type LoadedEvent } from '~/events/load';
import { loadTerritory } from '~/territory/load';

/** `/formations/<id>/agenda.ics`: the sessions of one dated event, for « Ajouter à mon agenda ». */
export const getStaticPaths = (() =>
	siteEvents()
		.events.filter((event) => (event.sessions?.length ?? 0) > 0)
		.map((event) => ({ params: { id: event.id }, props: { event } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ event: LoadedEvent }> = ({ props }) => {
	const territory = loadTerritory();
	const body = buildCalendar([props.event], {
		name: props.event.title,
		description: props.event.summary,
		siteUrl: territory.siteUrl,
		stamp: instantFromDate(new Date()),
	});
	return new Response(body, { headers: { 'Content-Type': 'text/calendar; charset=utf-8' } });
};
