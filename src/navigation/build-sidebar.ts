import type { Navigation } from '../schemas/navigation';

/** What the menu needs to know of a page. */
export interface PageSummary {
	/** Path under `pages/` without extension (`comprendre/definitions`, `comprendre` for its index). */
	slug: string;
	/** Menu text: the page's `sidebar.label`, else its title. */
	label: string;
	/** `sidebar.order` of the page; pages without one come after, by label. */
	order?: number;
	/** `sidebar.hidden`: the page exists but is not listed. */
	hidden?: boolean;
}

/** A Starlight sidebar item with static links only (no `autogenerate`, which costs O(pages) per page). */
export type SidebarItem = { label: string; link: string } | { label: string; collapsed: boolean; items: SidebarItem[] };

const byOrderThenLabel = (a: PageSummary, b: PageSummary) =>
	(a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER) || a.label.localeCompare(b.label, 'fr');

/**
 * Builds the menu from the navigation settings and the pages that exist. A folder's index page
 * comes first; a folder with more than `maxPagesPerSection` pages shows only its index, which
 * lists them, so that no page carries a list of every page (HTML and build time stay linear).
 * @param navigation the validated `content/navigation.yaml`
 * @param pages every page of `pages/`
 * @returns Starlight sidebar items
 */
export function buildSidebar(navigation: Navigation, pages: PageSummary[]): SidebarItem[] {
	const items: SidebarItem[] = navigation.links.map(({ label, link }) => ({ label, link }));
	for (const section of navigation.sections) {
		const children: SidebarItem[] = [];
		if (section.pages) {
			const folder = section.pages;
			const index = pages.find((page) => page.slug === folder);
			const inFolder = pages
				.filter((page) => page.slug.startsWith(`${folder}/`) && !page.hidden)
				.sort(byOrderThenLabel);
			if (index) children.push({ label: inFolder.length > 0 ? 'Vue d’ensemble' : index.label, link: `/${folder}/` });
			if (inFolder.length <= navigation.maxPagesPerSection) {
				children.push(...inFolder.map((page) => ({ label: page.label, link: `/${page.slug}/` })));
			}
		}
		children.push(...section.links.map(({ label, link }) => ({ label, link })));
		if (children.length === 1 && children[0] && 'link' in children[0]) {
			items.push({ label: section.label, link: children[0].link });
		} else if (children.length > 0) {
			items.push({ label: section.label, collapsed: section.collapsed, items: children });
		}
	}
	return items;
}
