/**
 * The site's navigation, one group per part of the hub. Each part adds its entry here when its
 * pages exist: the navigation links only to pages that exist (the link check proves it).
 * Groups of guidance pages are generated from their folder in `content/pages/`.
 */
export const sidebar = [
	{ label: 'Accueil', link: '/' },
];
