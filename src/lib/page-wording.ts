import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { normalisePhone } from './sourced-contacts';

/**
 * Two rules every page of `content/pages/` must follow, checked on the page source:
 * - no blaming vocabulary for a minor (« mineure prostituée », « jeune prostituée »...): the site
 *   writes « mineur·e victime de prostitution » or « en situation de prostitution »;
 * - no phone number or e-mail address that is not in the sourced contact data.
 * A blaming word may be quoted to be explained (a law, the glossary) inside a marked passage:
 * `{/* vocabulaire-cité:début *\/}` ... `{/* vocabulaire-cité:fin *\/}`.
 */

/** What kind of rule a problem breaks. */
export type WordingRule = 'vocabulaire' | 'téléphone' | 'courriel';

/** One problem found in a page, with its place in the file. */
export interface WordingProblem {
	/** File path as given to the check (relative to the project when read from a folder). */
	file: string;
	/** Line (1-based) and column (1-based) of the problem. */
	line: number;
	column: number;
	rule: WordingRule;
	/** The text found. */
	found: string;
	/** French message: what is wrong and how to fix it. */
	message: string;
}

/** The phones (digits only) and e-mails (lower case) a page may show. */
export interface SourcedContacts {
	phones: ReadonlySet<string>;
	emails: ReadonlySet<string>;
}

/** Marker comments around a passage that quotes a blaming word in order to explain it. */
export const QUOTE_START = '{/* vocabulaire-cité:début */}';
export const QUOTE_END = '{/* vocabulaire-cité:fin */}';

// « prostitué » as a past participle or noun, with inclusive or plural endings:
// prostitué, prostituée, prostitués, prostituées, prostitué·e, prostitué·es, prostitué(e)s, prostitué.e.s
const PROSTITUE = String.raw`prostitu(?:é|e)(?:e|[·.]e|\(e\))?(?:s|[·.]s|\(s\))?`;
// Words naming a child or a teenager.
const MINOR_NOUN = String.raw`(?:mineur|mineure|mineurs|mineures|mineur·e|mineur·es|mineur\.e|mineur\.es|mineur\(e\)s?|jeune|jeunes|enfant|enfants|ado|ados|adolescent|adolescente|adolescents|adolescentes|adolescent·e|adolescent·es|fille|filles|fillette|fillettes|garçon|garçons|collégien|collégienne|collégiens|collégiennes|lycéen|lycéenne|lycéens|lycéennes|petite|petites)`;
const MINOR_ADJECTIVE = String.raw`(?:mineur|mineure|mineurs|mineures|mineur·e|mineur·es|adolescent|adolescente|adolescents|adolescentes)`;
const SEP = String.raw`[\s\u00a0\u202f-]+`;
const NOT_LETTER = String.raw`(?![\p{L}\p{N}])`;
const NOT_AFTER_LETTER = String.raw`(?<![\p{L}\p{N}])`;

/** Blaming expressions, each with why it is refused. */
const BLAMING_PATTERNS: { pattern: RegExp; reason: string }[] = [
	{
		// « mineure prostituée », « jeune prostituée », « enfant prostitué », « adolescentes prostituées »...
		pattern: new RegExp(`${NOT_AFTER_LETTER}${MINOR_NOUN}${SEP}${PROSTITUE}${NOT_LETTER}`, 'giu'),
		reason: 'désigne un·e mineur·e par la prostitution',
	},
	{
		// « prostituée mineure », « prostitués mineurs », « prostituée adolescente »
		pattern: new RegExp(`${NOT_AFTER_LETTER}${PROSTITUE}${SEP}${MINOR_ADJECTIVE}${NOT_LETTER}`, 'giu'),
		reason: 'désigne un·e mineur·e par la prostitution',
	},
	{
		// « une prostituée de 15 ans », « prostitués de 16 ans » (an age under 18 makes it a minor)
		pattern: new RegExp(`${NOT_AFTER_LETTER}${PROSTITUE}${SEP}de${SEP}(?:1[0-7]|[1-9])${SEP}ans${NOT_LETTER}`, 'giu'),
		reason: 'emploie « prostitué·e » comme nom pour un·e mineur·e',
	},
	{
		// Slang labels that turn a victim into a category of person.
		pattern: new RegExp(`${NOT_AFTER_LETTER}(?:michetonneuse|michetonneuses|michetonneur|michetonneurs)${NOT_LETTER}`, 'giu'),
		reason: 'reprend un mot d’argot qui étiquette la victime (à expliquer seulement dans le lexique, entre les marques de citation)',
	},
];

const MONTHS = 'janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre';

/** Patterns that are phone numbers wherever they appear. */
const PHONE_PATTERNS: RegExp[] = [
	// tel: and sms: links
	/\b(?:tel|sms):\+?[\d\s.()-]{2,}/giu,
	// French numbers: 04 73 00 00 00, 04.73.00.00.00, 0473000000, +33 4 73 00 00 00
	/(?<![\d+])(?:\+33[\s\u00a0.]?|0033[\s\u00a0.]?|0)[1-9](?:[\s\u00a0.-]?\d{2}){4}(?!\d)/gu,
	// Free and premium numbers written 0 800 00 00 00
	/(?<!\d)0[\s\u00a0][89]\d{2}(?:[\s\u00a0.]?\d{2}){3}(?!\d)/gu,
	// European 116 numbers: 116 000, 116 111
	/(?<![\d-])116[\s\u00a0]?\d{3}(?![\d-])/gu,
	// Four-digit service numbers (3919, 3018, 3114) after « le », « au », « du »
	new RegExp(String.raw`(?<=(?<![\p{L}\p{N}])(?:le|au|du)[\s\u00a0])3\d{3}(?!\d|[,.]\d)`, 'giu'),
];

// A short number (15, 17, 112, 119...) is a phone number when a nearby word says so:
// « appelez le 17 ou le 112 », « SMS au 114 », « composer le 15 ».
const CALL_WORD = /(?:appel|compos|joindre|joignable|contact|conseil|numéro|sms|texto|téléphon|tél\.)/iu;
const SHORT_NUMBER = new RegExp(
	String.raw`(?<=(?<![\p{L}\p{N}])(?:le|au|du)[\s\u00a0]|(?<![\p{L}\p{N}])l')(\d{2,3})(?!\d|[,.]\d|-)(?![\s\u00a0]*(?:%|ans|€|euros?|heures?|h\b|jours?|mois|places|ème|e\b|er\b|répondant|professionnel|mineur|jeunes|enfants|millions|${MONTHS}))`,
	'giu',
);

const EMAIL = /(?:mailto:)?[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/giu;

/** Blanks the marked quotation passages (keeping line breaks, so positions stay right). */
function withoutQuotedPassages(text: string): string {
	let result = '';
	let from = 0;
	for (;;) {
		const start = text.indexOf(QUOTE_START, from);
		if (start === -1) return result + text.slice(from);
		const end = text.indexOf(QUOTE_END, start);
		const stop = end === -1 ? text.length : end + QUOTE_END.length;
		result += text.slice(from, start) + text.slice(start, stop).replace(/[^\n]/g, ' ');
		from = stop;
	}
}

function position(text: string, index: number): { line: number; column: number } {
	const before = text.slice(0, index);
	const line = before.split('\n').length;
	return { line, column: index - before.lastIndexOf('\n') };
}

/** The blaming expressions of a text, outside marked quotations. */
export function findBlamingWords(text: string): { index: number; found: string; reason: string }[] {
	const searchable = withoutQuotedPassages(text);
	const found: { index: number; found: string; reason: string }[] = [];
	for (const { pattern, reason } of BLAMING_PATTERNS) {
		for (const match of searchable.matchAll(pattern)) found.push({ index: match.index, found: match[0], reason });
	}
	return found.sort((a, b) => a.index - b.index);
}

/** The phone numbers and e-mail addresses written in a text. */
export function findContactDetails(text: string): { index: number; found: string; kind: 'téléphone' | 'courriel'; value: string }[] {
	const found: { index: number; found: string; kind: 'téléphone' | 'courriel'; value: string }[] = [];
	// The same digits can match two patterns (`tel:0473...` and `0473...`): keep the first match only.
	const covered: [number, number][] = [];
	const addPhone = (index: number, raw: string) => {
		const end = index + raw.length;
		if (covered.some(([from, to]) => index < to && end > from)) return;
		covered.push([index, end]);
		found.push({ index, found: raw.trim(), kind: 'téléphone', value: normalisePhone(raw) });
	};
	for (const pattern of PHONE_PATTERNS) {
		for (const match of text.matchAll(pattern)) addPhone(match.index, match[0]);
	}
	for (const match of text.matchAll(SHORT_NUMBER)) {
		// The call word must be in the same sentence, at most 80 characters before.
		const sentenceStart = Math.max(text.lastIndexOf('. ', match.index - 1), text.lastIndexOf('\n\n', match.index - 1), -1) + 1;
		const before = text.slice(Math.max(sentenceStart, match.index - 80, 0), match.index);
		if (CALL_WORD.test(before)) addPhone(match.index, match[0]);
	}
	for (const match of text.matchAll(EMAIL)) {
		found.push({ index: match.index, found: match[0], kind: 'courriel', value: match[0].replace(/^mailto:/i, '').toLowerCase() });
	}
	return found.sort((a, b) => a.index - b.index);
}

/** Every wording problem of one page's source text. */
export function checkPageText(text: string, file: string, sourced: SourcedContacts): WordingProblem[] {
	const problems: WordingProblem[] = [];
	for (const word of findBlamingWords(text)) {
		problems.push({
			file,
			...position(text, word.index),
			rule: 'vocabulaire',
			found: word.found,
			message: `« ${word.found} » ${word.reason}. Écrivez « mineur·e victime de prostitution » ou « mineur·e en situation de prostitution ». Si le mot est cité pour être expliqué, encadrez le passage par ${QUOTE_START} et ${QUOTE_END}.`,
		});
	}
	for (const contact of findContactDetails(text)) {
		const known = contact.kind === 'téléphone' ? sourced.phones.has(contact.value) : sourced.emails.has(contact.value);
		if (known) continue;
		problems.push({
			file,
			...position(text, contact.index),
			rule: contact.kind,
			found: contact.found,
			message:
				contact.kind === 'téléphone'
					? `Le numéro « ${contact.found} » ne figure dans aucune donnée sourcée (content/urgences.yaml, fiches partenaires). Ajoutez-le d'abord à ces données avec sa source, ou retirez-le (« coordonnées à confirmer »).`
					: `L'adresse « ${contact.found} » ne figure dans aucune donnée sourcée (fiches partenaires). Ajoutez-la d'abord à ces données avec sa source, ou retirez-la ; jamais d'adresse personnelle.`,
		});
	}
	return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

/** The Markdown and MDX files of a folder, recursively, in a stable order. */
export function listPageFiles(folder: string): string[] {
	const files: string[] = [];
	for (const entry of readdirSync(folder, { withFileTypes: true })) {
		const path = join(folder, entry.name);
		// Names starting with `_` are not pages (the collection skips them too).
		if (entry.name.startsWith('_')) continue;
		if (entry.isDirectory()) files.push(...listPageFiles(path));
		else if (/\.mdx?$/.test(entry.name)) files.push(path);
	}
	return files.sort();
}

/** Every wording problem of every page of a folder; files are named relative to `base`. */
export function checkPagesFolder(folder: string, sourced: SourcedContacts, base = process.cwd()): WordingProblem[] {
	return listPageFiles(folder).flatMap((path) => checkPageText(readFileSync(path, 'utf8'), relative(base, path), sourced));
}

/** One line per problem: `file:line:column rule: message`. */
export function formatProblems(problems: WordingProblem[]): string {
	return problems.map((p) => `${p.file}:${p.line}:${p.column} ${p.rule} : ${p.message}`).join('\n');
}
