import { parse } from 'node-html-parser';
import { normalisePhone } from '../lib/sourced-contacts';

/** One thing in the built site that breaks the privacy rules, with where it is and how to fix it. */
export interface AuditProblem {
	file: string;
	rule: 'unsourced-phone' | 'unsourced-email' | 'external-resource' | 'blank-without-noopener';
	detail: string;
}

export interface AllowedContacts {
	/** Digits only (`0473000000`, `119`). */
	phones: Set<string>;
	/** Lower case. */
	emails: Set<string>;
}

// French numbers written with or without separators, national or international form.
const phonePattern = /(?<![\d+])(?:\+33[\s.]?|0)[1-9](?:[\s.-]?\d{2}){4}(?!\d)/g;
const emailPattern = /[a-z0-9._%+-]+@[a-z0-9.-]+\.[a-z]{2,}/gi;

/** Phone numbers and e-mail addresses in a text file (HTML, vCard, iCalendar, CSV, JSON) that the sourced data does not contain. */
export function findUnsourcedContacts(file: string, text: string, allowed: AllowedContacts): AuditProblem[] {
	const problems: AuditProblem[] = [];
	for (const [match] of text.matchAll(phonePattern)) {
		if (!allowed.phones.has(normalisePhone(match))) problems.push({ file, rule: 'unsourced-phone', detail: match });
	}
	for (const [match] of text.matchAll(emailPattern)) {
		// Asset names such as `logo@2x.png` are not addresses.
		if (/\.(png|jpe?g|webp|avif|svg|gif|js|css)$/i.test(match)) continue;
		if (!allowed.emails.has(match.toLowerCase())) problems.push({ file, rule: 'unsourced-email', detail: match });
	}
	return problems;
}

const resourceAttributes: [selector: string, attribute: string][] = [
	['script[src]', 'src'],
	['link[href]:not([rel~="alternate"]):not([rel~="canonical"]):not([rel~="sitemap"])', 'href'],
	['img[src]', 'src'],
	['iframe[src]', 'src'],
	['frame[src]', 'src'],
	['video[src]', 'src'],
	['video[poster]', 'poster'],
	['audio[src]', 'src'],
	['source[src]', 'src'],
	['track[src]', 'src'],
	['embed[src]', 'src'],
	['object[data]', 'data'],
];

const isExternal = (url: string) => /^(https?:)?\/\//i.test(url.trim());

/**
 * In a built page: resources loaded from another host (scripts, styles, fonts, images, frames,
 * media), and links opening a new tab without `rel="noopener"` (or `noreferrer`, which implies it).
 */
export function auditHtml(file: string, html: string): AuditProblem[] {
	const problems: AuditProblem[] = [];
	const root = parse(html);
	for (const [selector, attribute] of resourceAttributes) {
		for (const element of root.querySelectorAll(selector)) {
			const value = element.getAttribute(attribute) ?? '';
			if (isExternal(value)) problems.push({ file, rule: 'external-resource', detail: `<${element.tagName.toLowerCase()} ${attribute}="${value}">` });
		}
	}
	for (const element of root.querySelectorAll('[srcset]')) {
		const value = element.getAttribute('srcset') ?? '';
		if (value.split(',').some((candidate) => isExternal(candidate.trim().split(/\s+/)[0] ?? ''))) {
			problems.push({ file, rule: 'external-resource', detail: `srcset="${value}"` });
		}
	}
	for (const style of root.querySelectorAll('style')) problems.push(...auditCss(file, style.textContent));
	for (const link of root.querySelectorAll('a[target="_blank"], area[target="_blank"], form[target="_blank"]')) {
		const rel = (link.getAttribute('rel') ?? '').toLowerCase().split(/\s+/);
		if (!rel.includes('noopener') && !rel.includes('noreferrer')) {
			problems.push({ file, rule: 'blank-without-noopener', detail: `<a href="${link.getAttribute('href') ?? ''}" target="_blank">` });
		}
	}
	return problems;
}

/** `url(...)` and `@import` pointing to another host in a stylesheet. */
export function auditCss(file: string, css: string): AuditProblem[] {
	const problems: AuditProblem[] = [];
	for (const [, url = ''] of css.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/gi)) {
		if (isExternal(url)) problems.push({ file, rule: 'external-resource', detail: `url(${url})` });
	}
	for (const [, url = ''] of css.matchAll(/@import\s+['"]([^'"]+)['"]/gi)) {
		if (isExternal(url)) problems.push({ file, rule: 'external-resource', detail: `@import ${url}` });
	}
	return problems;
}

/** What to do about each kind of problem, in French, for the printed report. */
export const remedies: Record<AuditProblem['rule'], string> = {
	'unsourced-phone': 'ajoutez ce numéro, avec sa source, aux données (content/urgences.yaml ou la fiche du partenaire), ou retirez-le de la page',
	'unsourced-email': 'ajoutez cette adresse, avec sa source, à la fiche du partenaire, ou retirez-la de la page (jamais d’adresse personnelle)',
	'external-resource': 'servez le fichier depuis ce site (dossier public/ ou paquet npm) : aucune ressource ne doit venir d’un autre site',
	'blank-without-noopener': 'ajoutez rel="noopener noreferrer" au lien qui s’ouvre dans un nouvel onglet',
};
