import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, extname, join, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describeValue, type ContentProblem } from '../schemas/friendly-errors';
import { inlineHandlerPattern } from '../security/csp';
import { displayPath } from './content-root';

/** Largest image a page may embed: heavier files cost phone users on slow connections. */
export const maxImageBytes = 400 * 1024;

const pageExtensions = new Set(['.md', '.mdx']);

/** URL path a page file gets (`cadre/index.mdx` and `cadre.md` both give `cadre`). */
export function slugOf(relativePath: string): string {
	return relativePath
		.replace(/\.(md|mdx)$/i, '')
		.replace(/(^|\/)index$/i, '')
		.toLowerCase();
}

function splitFrontMatter(text: string): { frontMatter?: string; body: string; bodyLine: number } {
	const match = text.match(/^---\r?\n([\s\S]*?)\r?\n---\r?\n?/);
	if (!match) return { body: text, bodyLine: 1 };
	return { frontMatter: match[1] ?? '', body: text.slice(match[0].length), bodyLine: match[0].split('\n').length };
}

/**
 * Checks every Markdown/MDX page of `pagesFolder` for what the page schema cannot see:
 * unreadable front matter, missing title or description, unsafe HTML (`<script>`, inline event
 * handlers, `javascript:` links), missing or oversized images, and two files with the same URL.
 */
export function checkPages(pagesFolder: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	if (!existsSync(pagesFolder)) return problems;
	const files = readdirSync(pagesFolder, { recursive: true, encoding: 'utf8' })
		.filter((name) => pageExtensions.has(extname(name)) && !name.split(/[\\/]/).some((part) => part.startsWith('_')))
		.map((name) => name.split('\\').join('/'))
		.sort();
	const slugs = new Map<string, string>();
	for (const name of files) {
		const absolutePath = join(pagesFolder, name);
		const file = displayPath(absolutePath);
		const text = readFileSync(absolutePath, 'utf8');
		const slug = slugOf(name);
		const other = slugs.get(slug);
		if (other) {
			problems.push({ file, field: '', received: describeValue(`/${slug}/`), expected: `une adresse unique : ${other} donne déjà la page /${slug}/ ; renommez ou supprimez l’un des deux fichiers` });
		} else {
			slugs.set(slug, file);
		}
		const { frontMatter, body, bodyLine } = splitFrontMatter(text);
		if (frontMatter === undefined) {
			problems.push({ file, field: 'en-tête', received: '(aucun en-tête entre deux lignes ---)', expected: 'un en-tête YAML en début de fichier, entre deux lignes « --- », avec title et description' });
		} else {
			let data: unknown;
			try {
				data = parseYaml(frontMatter);
			} catch (error) {
				problems.push({ file, field: 'en-tête', received: 'un en-tête YAML illisible', expected: `un en-tête YAML valide (${(error as Error).message.split('\n')[0]})` });
			}
			if (data !== undefined) {
				const record = (data ?? {}) as Record<string, unknown>;
				for (const field of ['title', 'description'] as const) {
					const value = record[field];
					if (typeof value !== 'string' || value.trim() === '') {
						problems.push({ file, field, received: describeValue(value), expected: field === 'title' ? 'le titre de la page (un texte non vide)' : 'une phrase qui résume la page (affichée par les moteurs de recherche)' });
					}
				}
			}
		}
		problems.push(...unsafeMarkup(file, body, bodyLine));
		problems.push(...imageProblems(file, body, dirname(absolutePath)));
	}
	return problems;
}

function lineOf(body: string, index: number, firstLine: number): number {
	return firstLine + body.slice(0, index).split('\n').length - 1;
}

function unsafeMarkup(file: string, body: string, bodyLine: number): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const rules: [RegExp, string][] = [
		[/<script\b[^>]*>/gi, 'aucune balise <script> dans une page : le comportement interactif passe par un composant du site'],
		[new RegExp(inlineHandlerPattern.source, 'gi'), 'aucun gestionnaire d’événement en ligne (onclick, onload...) : il serait bloqué par la politique de sécurité'],
		[/(?:\]\(\s*|href\s*=\s*["'{]?\s*)javascript:/gi, 'aucun lien javascript: ; un lien mène à une page ou un fichier'],
	];
	for (const [pattern, expected] of rules) {
		for (const match of body.matchAll(pattern)) {
			problems.push({ file, field: `ligne ${lineOf(body, match.index, bodyLine)}`, received: describeValue(match[0].trim()), expected });
		}
	}
	return problems;
}

function imageProblems(file: string, body: string, folder: string): ContentProblem[] {
	const problems: ContentProblem[] = [];
	const references = [...body.matchAll(/!\[[^\]]*\]\(\s*([^)\s]+)[^)]*\)|<img\b[^>]*\bsrc\s*=\s*["']([^"']+)["']/gi)];
	for (const match of references) {
		const source = match[1] ?? match[2] ?? '';
		if (/^(https?:)?\/\//i.test(source)) {
			problems.push({ file, field: 'image', received: describeValue(source), expected: 'une image enregistrée dans le site (public/ ou à côté de la page) : aucune image ne vient d’un autre site' });
			continue;
		}
		const path = source.startsWith('/') ? resolve('public', `.${source}`) : resolve(folder, source);
		if (!existsSync(path)) {
			problems.push({ file, field: 'image', received: describeValue(source), expected: 'un fichier image qui existe (vérifiez le nom et le dossier)' });
		} else if (statSync(path).size > maxImageBytes) {
			problems.push({ file, field: 'image', received: `${describeValue(source)} (${Math.round(statSync(path).size / 1024)} Ko)`, expected: `une image de ${maxImageBytes / 1024} Ko au plus : réduisez-la (dimensions ou compression)` });
		}
	}
	return problems;
}
