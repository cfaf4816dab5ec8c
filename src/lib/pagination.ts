/**
 * Page numbers and addresses of a paginated list (`/partenaires/`, `/partenaires/page/2/`...).
 * Pure: the Astro pages slice the data with `paginate()` and draw the navigation from this.
 */

/** Number of pages needed for `total` items, `size` per page (at least 1: an empty list has one page). */
export function pageCount(total: number, size: number): number {
	return Math.max(1, Math.ceil(total / size));
}

/** Address of page `page` of the list at `basePath` (`/partenaires/`, 2 → `/partenaires/page/2/`). */
export function pagePath(basePath: string, page: number): string {
	const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
	return page <= 1 ? base : `${base}page/${page}/`;
}

/**
 * Value of a rest parameter `[...page]` for page `page` of the list whose address, below the
 * route's folder, is `prefix` (`categorie/sante`): `categorie/sante/page/2`; `undefined` for the
 * first page of the route's own folder.
 */
export function pageParam(prefix: string, page: number): string | undefined {
	const parts = [prefix.replace(/^\/+|\/+$/g, ''), page > 1 ? `page/${page}` : ''].filter(Boolean);
	return parts.length > 0 ? parts.join('/') : undefined;
}

/** One entry of the page navigation: a page link, or a gap (« … ») standing for skipped pages. */
export type PageItem = { kind: 'page'; page: number; href: string; current: boolean } | { kind: 'gap' };

/** The page navigation of a list: what it says, where its links go. */
export interface Pagination {
	current: number;
	last: number;
	/** « Page 2 sur 5 ». */
	label: string;
	previous?: string;
	next?: string;
	/** First and last pages, the current one and `siblings` pages either side; gaps for the rest. */
	items: PageItem[];
}

/**
 * The navigation of page `current` out of `last`: always the first and last pages, the current one
 * with `siblings` neighbours on each side (default 1), and a gap for any run of skipped pages
 * (a single skipped page is shown rather than replaced by a gap). Its size does not grow with `last`.
 */
export function pagination(basePath: string, current: number, last: number, siblings = 1): Pagination {
	if (!Number.isInteger(current) || !Number.isInteger(last) || last < 1 || current < 1 || current > last) {
		throw new RangeError(`Page ${current} hors de la liste de ${last} page(s)`);
	}
	const shown = new Set<number>([1, last]);
	for (let page = current - siblings; page <= current + siblings; page++) if (page >= 1 && page <= last) shown.add(page);
	// A gap that would hide a single page shows that page instead.
	for (const page of [...shown]) {
		if (shown.has(page + 2) && !shown.has(page + 1)) shown.add(page + 1);
	}
	const items: PageItem[] = [];
	let previous = 0;
	for (const page of [...shown].sort((a, b) => a - b)) {
		if (page > previous + 1) items.push({ kind: 'gap' });
		items.push({ kind: 'page', page, href: pagePath(basePath, page), current: page === current });
		previous = page;
	}
	return {
		current,
		last,
		label: `Page ${current} sur ${last}`,
		...(current > 1 ? { previous: pagePath(basePath, current - 1) } : {}),
		...(current < last ? { next: pagePath(basePath, current + 1) } : {}),
		items,
	};
}
