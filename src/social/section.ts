import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { livesUnder, sidebarLinks } from '../navigation/sidebar-links';

/**
 * The part of the site a page belongs to, as the navigation names it: the label of the top-level
 * sidebar group (or link) that holds the page. A page absent from the sidebar (a partner's page
 * generated from data) belongs to the group holding the longest link that starts its address
 * (`/partenaires/cdef-63/` → the group linking `/partenaires/`). `undefined` when nothing matches.
 */
export function sectionOf(pathname: string, sidebar: StarlightRouteData['sidebar']): string | undefined {
	const current = sidebar.find((entry) => sidebarLinks(entry).some((link) => link.isCurrent));
	if (current) return current.label;
	let best: { label: string; length: number } | undefined;
	for (const entry of sidebar) {
		for (const { href } of sidebarLinks(entry)) {
			const matches = href === '/' ? pathname === '/' : livesUnder(pathname, href);
			if (matches && (!best || href.length > best.length)) best = { label: entry.label, length: href.length };
		}
	}
	return best?.label;
}
