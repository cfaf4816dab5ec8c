import type { StarlightRouteData } from '@astrojs/starlight/route-data';

type SidebarEntry = StarlightRouteData['sidebar'][number];

/** Every link href under a sidebar entry, with whether it is the current page. */
function links(entry: SidebarEntry): { href: string; isCurrent: boolean }[] {
	return entry.type === 'group' ? entry.entries.flatMap(links) : [{ href: entry.href, isCurrent: entry.isCurrent }];
}

/**
 * The part of the site a page belongs to, as the navigation names it: the label of the top-level
 * sidebar group (or link) that holds the page. A page absent from the sidebar (a partner's page
 * generated from data) belongs to the group holding the longest link that starts its address
 * (`/partenaires/cdef-63/` → the group linking `/partenaires/`). `undefined` when nothing matches.
 */
export function sectionOf(pathname: string, sidebar: readonly SidebarEntry[]): string | undefined {
	const current = sidebar.find((entry) => links(entry).some((link) => link.isCurrent));
	if (current) return current.label;
	let best: { label: string; length: number } | undefined;
	for (const entry of sidebar) {
		for (const { href } of links(entry)) {
			const prefix = href.endsWith('/') ? href : `${href}/`;
			const matches = href === '/' ? pathname === '/' : pathname.startsWith(prefix);
			if (matches && (!best || href.length > best.length)) best = { label: entry.label, length: href.length };
		}
	}
	return best?.label;
}
