import type { AllowedAcronym, GlossaryEntry } from '../schemas/glossary';

/**
 * What counts as an acronym (« sigle ») in the text of a page, for the build-time check that every
 * acronym a page uses has a glossary entry.
 *
 * An acronym is a token that:
 * - is made of capital letters (A-Z and accented capitals such as É) and digits, possibly joined by
 *   hyphens (`ASE-PJJ`, `COVID-19`) and possibly followed by a plural `s` (`IPs`);
 * - starts with a capital letter and holds at least two capital letters (`E2C`, `CD01`, `PARÉ`;
 *   not `A`, `À` or `19`);
 * - stands alone: not glued to lowercase letters or digits on either side (`ASE` in `BASE` or
 *   `ASEx` is not a token);
 * - is in the page's text: not in code (inline or block), not in a URL or an e-mail address, not in
 *   an MDX import or expression;
 * - is not a roman numeral written with I, V, X and L (`XX`, `XIV`, `II`): C, D and M are left out
 *   because `CD`, `CDI` or `MD` are far more often acronyms than numbers;
 * - is not in the short allowlist of `content/lexique/_sigles-admis.yaml`.
 *
 * A token with digits or hyphenated parts is accepted when the whole token is known, or when every
 * part is known once its trailing digits are removed (`CDEF01`, `CDEF-01`, `ASE-PJJ`).
 * A word written in capitals for emphasis (`URGENT`) is reported too: write it in lowercase
 * (screen readers may spell out words in capitals) or add it to the allowlist with a reason.
 */

const tokenPattern = /(?<![\p{L}\p{N}])\p{Lu}[\p{Lu}\p{N}]*(?:-[\p{Lu}\p{N}]+)*(?:s)?(?![\p{L}\p{N}])/gu;
const romanNumeral = /^(?=[IVXL]{2,}$)L?X{0,3}(?:IX|IV|V?I{0,3})$/;
const urlOrEmail = /\b(?:https?:\/\/|www\.)[^\s<>"')\]]+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+/giu;

/** Whether a written form is itself an acronym (used to decide which terms get an `<abbr>`). */
export function isAcronymForm(form: string): boolean {
	const match = form.match(/^\p{Lu}[\p{Lu}\p{N}]*(?:[- ][\p{Lu}\p{N}]+)*$/u);
	if (!match) return false;
	return (form.match(/\p{Lu}/gu) ?? []).length >= 2;
}

/** Whether a token is a roman numeral written with I, V, X and L only (`XX`, `XIV`). */
export function isRomanNumeral(token: string): boolean {
	return romanNumeral.test(token);
}

/**
 * Every acronym token of a text, in order, with duplicates (URLs and e-mail addresses removed first).
 * @param text plain text of a page (no code)
 * @returns tokens such as `ASE`, `ASE-PJJ`, `CD01` (a plural `s` is removed: `IPs` gives `IP`)
 */
export function findAcronymTokens(text: string): string[] {
	const cleaned = text.replace(urlOrEmail, ' ');
	const tokens: string[] = [];
	for (const [raw] of cleaned.matchAll(tokenPattern)) {
		const token = raw.endsWith('s') ? raw.slice(0, -1) : raw;
		if ((token.match(/\p{Lu}/gu) ?? []).length < 2) continue;
		if (isRomanNumeral(token)) continue;
		tokens.push(token);
	}
	return tokens;
}

/** A form without its accents, case kept: the key under which acronyms are compared (`PARÉ` gives `PARE`). */
export function acronymKey(form: string): string {
	return form.normalize('NFD').replace(/\p{Mn}/gu, '').normalize('NFC');
}

/**
 * Whether a token is covered by the known forms (glossary terms and aliases, allowlist).
 * Case matters (`ASE`, not `ase`); accents do not (`PARE` is `PARÉ`).
 * @param token an acronym token found in a page
 * @param known the known forms, as given by `acronymKey`
 */
export function isKnownAcronym(token: string, known: ReadonlySet<string>): boolean {
	const has = (form: string) => known.has(acronymKey(form));
	if (has(token)) return true;
	const parts = token.split('-');
	const meaningful = parts.filter((part) => !/^\p{N}+$/u.test(part));
	if (meaningful.length === 0) return true;
	return meaningful.every((part) => has(part) || has(part.replace(/\p{N}+$/u, '')));
}

/**
 * The forms that need no glossary report (every term and alias, and the allowlist), keyed by
 * `acronymKey`. A form of several words in capitals (`ADMIN EXPRESS`) also covers each word.
 */
export function knownForms(glossary: readonly Pick<GlossaryEntry, 'term' | 'aliases'>[], allowed: readonly AllowedAcronym[]): Set<string> {
	const forms = [...glossary.flatMap((entry) => [entry.term, ...entry.aliases]), ...allowed.map((item) => item.form)];
	return new Set(forms.flatMap((form) => (isAcronymForm(form) ? [form, ...form.split(/\s+/)] : [form])).map(acronymKey));
}

