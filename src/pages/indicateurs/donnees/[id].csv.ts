import type { APIRoute, GetStaticPaths } from 'astro';
import { toCsv } from '~/indicators/export';
import { siteIndicators } from '~/indicators/load';

/** `/indicateurs/donnees/<id>.csv`: one static file per dataset, written from published values. */
export const getStaticPaths: GetStaticPaths = () => siteIndicators().map((indicator) => ({ params: { id: indicator.id } }));

export const GET: APIRoute = ({ params }) => {
	const indicator = siteIndicators().find((entry) => entry.id === params.id);
	if (!indicator) return new Response(null, { status: 404 });
	return new Response(toCsv(indicator), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
