import type { GlossaryEntry } from '../schemas/glossary';
import { isAcronymForm } from './acronyms';
import { escapeRegExp } from './text';

/** One occurrence of a glossary term in a text. */
export interface TermMatch {
	/** Offset of the first character in the text. */
	start: number;
	/** Offset just after the last character. */
	end: number;
	/** The text as written on the page (`l’ASE` gives `ASE`, `des MECS` gives `MECS`). */
	text: string;
	/** The entry it belongs to. */
	entry: GlossaryEntry;
	/** Whether the matched form is an acronym (it then gets an `<abbr>`). */
	isAcronym: boolean;
}

/** Finds glossary terms in text; built once per glossary, then used on every text of every page. */
export interface GlossaryMatcher {
	find(text: string): TermMatch[];
}

interface Form {
	entry: GlossaryEntry;
	isAcronym: boolean;
	pattern: string;
	length: number;
}

/** Not preceded by a letter, digit or hyphen: `ASE` in `l’ASE` yes, in `BASE` or `pré-ASE` no. */
const before = '(?<![\\p{L}\\p{N}_-])';
/** Not followed by a letter, digit or a hyphen that joins another word. */
const after = '(?![\\p{L}\\p{N}_]|-[\\p{L}\\p{N}])';

/** A letter and, when it carries an accent, the same letter without it (`É` gives `ÉE`). */
function accentVariants(letter: string): string {
	const bare = letter.normalize('NFD').replace(/\p{Mn}/gu, '');
	return bare === letter ? letter : `${letter}${bare}`;
}

/** Lets every accented letter of a pattern also match its unaccented form (`PARÉ` matches `PARE`). */
function withOrWithoutAccents(pattern: string): string {
	return pattern.replace(/[^\x00-\x7f]/gu, (letter) => {
		const variants = accentVariants(letter);
		return variants === letter ? letter : `[${variants}]`;
	});
}

/**
 * The regular expression source for one written form.
 * - Acronyms match as written (`ASE`, never `ase` or `Ase`), with an optional plural `s`.
 * - Words match with or without a capital first letter (start of a sentence), with an optional
 *   plural `s` on each word of three letters or more (`informations préoccupantes`), straight or
 *   typographic apostrophes, and any spacing between words.
 * - An accented letter also matches the same letter without accent (`PARÉ` matches `PARE`,
 *   `préoccupante` matches `preoccupante`), as duplicates are checked without accents.
 */
export function formPattern(form: string): string {
	if (isAcronymForm(form)) {
		const body = form.split(/\s+/).map((word) => withOrWithoutAccents(escapeRegExp(word))).join('\\s+');
		return /S$/.test(form) ? body : `${body}s?`;
	}
	const parts = form.split(/(\s+|['’]|-)/);
	let isFirstWord = true;
	return parts
		.map((part) => {
			if (/^\s+$/.test(part)) return '\\s+';
			if (/^['’]$/.test(part)) return "['’]";
			if (part === '-' || part === '') return part;
			let pattern = withOrWithoutAccents(escapeRegExp(part));
			const first = part.charAt(0);
			if (isFirstWord && first.toLocaleLowerCase('fr') !== first.toLocaleUpperCase('fr')) {
				pattern = `[${accentVariants(first.toLocaleLowerCase('fr'))}${accentVariants(first.toLocaleUpperCase('fr'))}]${withOrWithoutAccents(escapeRegExp(part.slice(1)))}`;
			}
			isFirstWord = false;
			return /\p{L}{3,}$/u.test(part) && !/[sxz]$/i.test(part) ? `${pattern}s?` : pattern;
		})
		.join('');
}

/**
 * Compiles the terms and aliases of `entries` into one regular expression (longest forms first, so
 * `prostitution des mineurs` wins over `prostitution`).
 * @param entries the entries to look for (already filtered: kinds, `annotate: false` left out)
 */
export function createMatcher(entries: readonly GlossaryEntry[]): GlossaryMatcher {
	const forms: Form[] = entries
		.flatMap((entry) => [entry.term, ...entry.aliases].map((form) => ({ entry, isAcronym: isAcronymForm(form), pattern: formPattern(form), length: form.length })))
		.sort((a, b) => b.length - a.length);
	if (forms.length === 0) return { find: () => [] };
	const expression = new RegExp(`${before}(?:${forms.map((form) => `(${form.pattern})`).join('|')})${after}`, 'gu');
	return {
		find(text) {
			const matches: TermMatch[] = [];
			for (const match of text.matchAll(expression)) {
				const index = match.findIndex((group, position) => position > 0 && group !== undefined);
				const form = forms[index - 1]!;
				matches.push({ start: match.index, end: match.index + match[0].length, text: match[0], entry: form.entry, isAcronym: form.isAcronym });
			}
			return matches;
		},
	};
}
