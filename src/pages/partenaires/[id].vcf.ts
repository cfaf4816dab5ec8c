import type { APIRoute, GetStaticPaths } from 'astro';
import { hasContacts } from '~/partners/contacts';
import { loadPartners } from '~/partners/load';
import { partnerVCard } from '~/partners/vcard';
import { loadTerritory } from '~/territory/load';

/** « Ajouter aux contacts » : a vCard 4.0 file for each partner that has sourced contacts. */
export const getStaticPaths = (() => loadPartners().filter(hasContacts).map((partner) => ({ params: { id: partner.id }, props: { partner } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) => {
	const territory = loadTerritory();
	const text = partnerVCard(props.partner, { siteUrl: territory.siteUrl, siteTitle: territory.siteTitle });
	return new Response(text, { headers: { 'Content-Type': 'text/vcard; charset=utf-8' } });
};
