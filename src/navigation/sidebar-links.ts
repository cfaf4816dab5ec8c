import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type SidebarEntry = StarlightRouteData['sidebar'][number];
export type SidebarLink = Extract<SidebarEntry, { type: 'link' }>;

/** Every link under a sidebar entry, however deep (the entry itself when it is a link). */
export function sidebarLinks(entry: SidebarEntry): SidebarLink[] {
	return entry.type === 'group' ? entry.entries.flatMap(sidebarLinks) : [entry];
}

/** Whether the page at `pathname` lives under the link `href` (`/partenaires/cdef-63/` under `/partenaires/`); never under the home page. */
export function livesUnder(pathname: string, href: string): boolean {
	return href !== '/' && pathname.startsWith(href.endsWith('/') ? href : `${href}/`);
}
