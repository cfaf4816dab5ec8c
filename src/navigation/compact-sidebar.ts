import type { StarlightRouteData } from '@astrojs/starlight/route-data';
import { livesUnder, sidebarLinks } from './sidebar-links';

type Sidebar = StarlightRouteData['sidebar'];
type SidebarEntry = Sidebar[number];

/**
 * The menu as the page at `pathname` shows it: a closed section that neither holds the current
 * page nor a link the page lives under (a partner's page under the directory) becomes a single
 * link, named after the section, to its first page; the section of a page that lives under one of
 * its links is shown open. Only the open sections (the current
 * one, and those the menu file keeps open with `collapsed: false`) list their pages, so a page's
 * HTML stays the same size however many sections and pages the site has, and the menu a phone
 * shows is one screen long. Works without JavaScript: following the link opens the section.
 */
export function compactSidebar(sidebar: Sidebar, pathname: string): Sidebar {
	return sidebar.map((entry): SidebarEntry => {
		if (entry.type !== 'group' || !entry.collapsed) return entry;
		const links = sidebarLinks(entry);
		const first = links[0];
		if (!first || links.some((link) => link.isCurrent)) return entry;
		// Starlight opens a group holding the current link; a page under one of its links opens it too.
		if (links.some((link) => livesUnder(pathname, link.href))) return { ...entry, collapsed: false };
		return { type: 'link', label: entry.label, href: first.href, isCurrent: false, badge: entry.badge, attrs: {} };
	});
}
