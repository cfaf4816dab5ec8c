import type { HTMLElement } from 'node-html-parser';
import type { BuiltSite } from './built-site.ts';

/** One page that misses something every page must have. */
export interface PageProblem {
	/** Page at fault (`/reperer/`), or `dist/` for a problem of the whole site. */
	page: string;
	/** What is wrong and what is expected, in French. */
	reason: string;
}

/** Meta tags every page must carry so that a shared link shows a title, a summary and an image. */
const requiredShareMeta = ['og:title', 'og:description', 'og:image', 'twitter:card'];

/** Pages built on purpose outside the sitemap. */
const pagesOutsideSitemap = new Set(['/404/']);

/**
 * Checks what every page must have: a unique non-empty `<title>`, a meta description, exactly one
 * `<h1>`, a search-indexed body (`data-pagefind-body`) and the sharing meta tags. Also checks that
 * the sitemap lists every built page, since every gate reads its pages from the sitemap.
 */
export function checkBuiltPages(site: BuiltSite): PageProblem[] {
	const problems: PageProblem[] = [];
	if (site.pages.length === 0) problems.push({ page: 'dist/', reason: 'le plan du site ne liste aucune page' });
	const listed = new Set(site.pages);
	for (const page of site.htmlPages()) {
		if (!listed.has(page) && !pagesOutsideSitemap.has(page)) {
			problems.push({ page, reason: 'page construite mais absente du plan du site : les contrôles ne la verraient pas (vérifiez qu’elle n’est pas exclue du sitemap)' });
		}
	}

	const titles = new Map<string, string>();
	for (const page of site.pages) {
		const document = site.document(page);
		if (!document) continue; // reported by the link check
		problems.push(...checkPage(page, document));
		const title = document.querySelector('title')?.textContent.trim();
		if (!title) continue;
		const first = titles.get(title);
		if (first) problems.push({ page, reason: `même titre que la page ${first} (« ${title} ») : chaque page doit avoir un titre unique` });
		else titles.set(title, page);
	}
	return problems;
}

function checkPage(page: string, document: HTMLElement): PageProblem[] {
	const reasons: string[] = [];
	if (!document.querySelector('title')?.textContent.trim()) reasons.push('pas de <title> (ajoutez « title » dans l’en-tête de la page)');
	if (!metaContent(document, 'description')) reasons.push('pas de meta description (ajoutez « description » dans l’en-tête de la page)');
	const h1Count = document.querySelectorAll('h1').length;
	if (h1Count !== 1) reasons.push(`${h1Count} titres <h1> au lieu d’un seul (le titre de la page est le seul h1 : utilisez « ## » pour les sections)`);
	// A page may leave search on purpose (a filtered or later page of a list), saying so in its head.
	const excludedFromSearch = metaContent(document, 'hub-search-index') === 'exclue';
	if (!excludedFromSearch && !document.querySelector('[data-pagefind-body]')) reasons.push('corps de page non indexé par la recherche (data-pagefind-body absent : générez la page avec StarlightPage)');
	for (const name of requiredShareMeta) {
		if (!metaContent(document, name)) reasons.push(`pas de meta « ${name} » (image et résumé de partage)`);
	}
	return reasons.map((reason) => ({ page, reason }));
}

/** Content of `<meta name=...>` or `<meta property=...>`, trimmed. */
export function metaContent(document: HTMLElement, name: string): string | undefined {
	const meta = document.querySelector(`meta[name="${name}"]`) ?? document.querySelector(`meta[property="${name}"]`);
	return meta?.getAttribute('content')?.trim() || undefined;
}

/** Formats problems as a French report, one line per problem. */
export function formatPageProblems(problems: PageProblem[]): string {
	return problems.map(({ page, reason }) => `  - ${page} : ${reason}`).join('\n');
}
