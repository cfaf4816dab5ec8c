import { distance } from 'fastest-levenshtein';
import type { HTMLElement } from 'node-html-parser';
import type { BuiltSite } from './built-site.ts';

/** One internal link or anchor of a built page that leads nowhere. */
export interface LinkProblem {
	/** Page holding the link (`/`). */
	page: string;
	/** The address as written in the HTML. */
	href: string;
	/** Visible text of the link, or the element that refers to the address (`<img>`). */
	label: string;
	/** What is wrong, in French. */
	reason: string;
	/** Closest existing page or anchor, when one is close enough to be a likely typo. */
	suggestion?: string;
}

/** Elements and attributes that refer to another address of the site. */
const referringAttributes: [selector: string, attribute: string][] = [
	['a[href]', 'href'],
	['area[href]', 'href'],
	['link[href]', 'href'],
	['img[src]', 'src'],
	['img[srcset]', 'srcset'],
	['source[src]', 'src'],
	['source[srcset]', 'srcset'],
	['script[src]', 'src'],
	['iframe[src]', 'src'],
	['video[src]', 'src'],
	['video[poster]', 'poster'],
	['audio[src]', 'src'],
	['track[src]', 'src'],
	['object[data]', 'data'],
	['meta[property="og:image"]', 'content'],
	['meta[name="twitter:image"]', 'content'],
];

/** Schemes that never point into the site. */
const externalSchemes = /^(mailto|tel|sms|data|blob|javascript):/i;

/**
 * Checks every internal link, resource and anchor of every sitemap page: the target page or file
 * must be built, and a `#fragment` must name an element `id` (or `<a name>`) of the target page.
 * Links to other hosts are not checked here (the site must not depend on them).
 */
export function checkLinks(site: BuiltSite): LinkProblem[] {
	const problems: LinkProblem[] = [];
	const anchors = new Map<string, Set<string>>();
	const anchorsOf = (path: string) => {
		let ids = anchors.get(path);
		if (!ids) {
			const document = site.document(path);
			ids = new Set(document ? [...document.querySelectorAll('[id]').map((element) => element.id), ...document.querySelectorAll('a[name]').map((a) => a.getAttribute('name')!)] : []);
			anchors.set(path, ids);
		}
		return ids;
	};

	for (const page of site.pages) {
		const document = site.document(page);
		if (!document) {
			problems.push({ page, href: page, label: 'plan du site', reason: 'la page est listée par le plan du site mais son fichier HTML n’est pas construit' });
			continue;
		}
		const base = new URL(page, site.origin);
		for (const [selector, attribute] of referringAttributes) {
			for (const element of document.querySelectorAll(selector)) {
				for (const href of addresses(element.getAttribute(attribute)!, attribute)) {
					const problem = checkAddress(href, base, site, anchorsOf);
					if (problem) problems.push({ page, href, label: labelOf(element), ...problem });
				}
			}
		}
	}
	return problems;
}

function addresses(value: string, attribute: string): string[] {
	if (attribute !== 'srcset') return [value.trim()];
	return value.split(',').map((candidate) => candidate.trim().split(/\s+/)[0] ?? '').filter(Boolean);
}

function checkAddress(
	href: string,
	base: URL,
	site: BuiltSite,
	anchorsOf: (path: string) => Set<string>,
): Pick<LinkProblem, 'reason' | 'suggestion'> | undefined {
	if (href === '' || href === '#' || externalSchemes.test(href)) return undefined;
	let url: URL;
	try {
		url = new URL(href, base);
	} catch {
		return { reason: 'adresse mal formée' };
	}
	if (url.origin !== site.origin) return undefined;
	const path = safeDecode(url.pathname);
	const target = site.resolve(path);
	if (!target) {
		if (!path.endsWith('/') && site.resolve(`${path}/`)) {
			return { reason: 'il manque la barre oblique finale (le site utilise des adresses qui finissent par « / »)', suggestion: `${path}/` };
		}
		const suggestion = closest(path, site.pages);
		return { reason: 'aucune page ni aucun fichier construit à cette adresse', ...(suggestion ? { suggestion } : {}) };
	}
	const fragment = safeDecode(url.hash.slice(1));
	if (!fragment || fragment === 'top') return undefined;
	if (target !== 'page') return { reason: `« #${fragment} » vise un fichier qui n’est pas une page` };
	const ids = anchorsOf(path);
	if (ids.has(fragment)) return undefined;
	const suggestion = closest(fragment, [...ids]);
	return { reason: `la page ${path} n’a pas d’ancre « #${fragment} »`, ...(suggestion ? { suggestion: `#${suggestion}` } : {}) };
}

function safeDecode(text: string): string {
	try {
		return decodeURIComponent(text);
	} catch {
		return text;
	}
}

function labelOf(element: HTMLElement): string {
	const text = element.textContent.replace(/\s+/g, ' ').trim();
	if (text) return text.length > 60 ? `${text.slice(0, 57)}...` : text;
	return element.getAttribute('aria-label') ?? `<${element.rawTagName}>`;
}

/** The candidate nearest to `value`, if close enough to be a likely typo. */
function closest(value: string, candidates: string[]): string | undefined {
	let best: string | undefined;
	let bestDistance = Math.max(3, Math.floor(value.length / 3)) + 1;
	for (const candidate of candidates) {
		const d = distance(value, candidate);
		if (d < bestDistance) {
			best = candidate;
			bestDistance = d;
		}
	}
	return best;
}

/** Formats problems as a French report, one line per broken link, grouped by page. */
export function formatLinkProblems(problems: LinkProblem[]): string {
	const lines: string[] = [];
	let page = '';
	for (const problem of problems) {
		if (problem.page !== page) {
			page = problem.page;
			lines.push(`\nPage ${page}`);
		}
		const hint = problem.suggestion ? ` (vouliez-vous dire « ${problem.suggestion} » ?)` : '';
		lines.push(`  - « ${problem.label} » → ${problem.href} : ${problem.reason}${hint}`);
	}
	return lines.join('\n');
}
