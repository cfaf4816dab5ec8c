import type { APIRoute, GetStaticPaths } from 'astro';
import { toJson } from '~/indicators/export';
import { loadDataSettings, siteIndicators } from '~/indicators/load';

/** `/indicateurs/donnees/<id>.json`: metadata, licence and published values of one dataset. */
export const getStaticPaths: GetStaticPaths = () => siteIndicators().map((indicator) => ({ params: { id: indicator.id } }));

export const GET: APIRoute = ({ params }) => {
	const indicator = siteIndicators().find((entry) => entry.id === params.id);
	if (!indicator) return new Response(null, { status: 404 });
	return new Response(toJson(indicator, loadDataSettings()!.licence), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
