/**
 * The site's navigation, one group per part of the hub. Each part adds its entry here when its
 * pages exist: the navigation links only to pages that exist (the link check proves it).
 * Groups of guidance pages are generated from their folder in `content/pages/`.
 */
export const sidebar = [
	{ label: 'Accueil', link: '/' },
	{ label: 'Cadre légal et politiques publiques', collapsed: true, items: [{ autogenerate: { directory: 'cadre' } }] },
	{ label: 'Le dispositif', collapsed: true, items: [{ autogenerate: { directory: 'dispositif' } }] },
	{ label: 'Charte du réseau', link: '/charte/' },
	{ label: 'Ressources et bibliographie', link: '/ressources/' },
	{
		label: 'À propos',
		collapsed: true,
		items: [
			{ label: 'À propos de ce site', link: '/a-propos/' },
			{ label: 'Mentions légales', link: '/mentions-legales/' },
			{ label: 'Accessibilité', link: '/accessibilite/' },
		],
	},
];
