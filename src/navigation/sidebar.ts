import { relative, resolve } from 'node:path';
import { contentRoot } from '../content-loading/content-root';

/**
 * The folder of `content/pages/` that Starlight's `autogenerate` must be given. Starlight matches
 * it against each page's file path minus `src/content/docs/`; our pages live in the content root
 * (`content/pages/...`, or another territory's folder), so the folder is named from the project
 * root: `pagesFolder('reperer')` -> `content/pages/reperer`.
 */
export function pagesFolder(folder: string): string {
	const root = relative(process.cwd(), resolve(contentRoot())).replaceAll('\\', '/');
	return `${root}/pages/${folder}`;
}

/**
 * The site's navigation, one group per part of the hub. Each part adds its entry here when its
 * pages exist: the navigation links only to pages that exist (the link check proves it).
 * Groups of guidance pages are generated from their folder in `content/pages/` (order and label
 * from each page's `sidebar` frontmatter).
 */
export const sidebar = [
	{ label: 'Accueil', link: '/' },
	{ label: 'Comprendre', items: [{ autogenerate: { directory: pagesFolder('comprendre') } }] },
	{ label: 'Repérer et agir', items: [{ autogenerate: { directory: pagesFolder('reperer') } }] },
	{ label: 'Accompagner', items: [{ autogenerate: { directory: pagesFolder('accompagner') } }] },
	{ label: 'Cadre légal et politiques publiques', collapsed: true, items: [{ autogenerate: { directory: pagesFolder('cadre') } }] },
	{ label: 'Le dispositif', collapsed: true, items: [{ autogenerate: { directory: pagesFolder('dispositif') } }] },
	{ label: 'Charte du réseau', link: '/charte/' },
	{ label: 'Ressources et bibliographie', link: '/ressources/' },
	{ label: 'Outils', link: '/outils/' },
	{
		label: 'À propos',
		collapsed: true,
		items: [
			{ label: 'À propos de ce site', link: '/a-propos/' },
			{ label: 'Mentions légales', link: '/mentions-legales/' },
			{ label: 'Accessibilité', link: '/accessibilite/' },
			{ label: 'Confidentialité', link: '/confidentialite/' },
			{ label: 'Effacer vos traces', link: '/effacer-vos-traces/' },
		],
	},
];
