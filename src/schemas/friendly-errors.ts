import { z } from 'astro/zod';

/**
 * One problem found in a content file, in words a coordinator can act on.
 * `field` is the dotted path inside the file (`contacts.0.phone`), empty for the whole file.
 */
export interface ContentProblem {
	/** Path of the file, relative to the project root (`content/partenaires/cdef-63.yaml`). */
	file: string;
	/** Dotted path of the field inside the file, or an empty string when the whole file is at fault. */
	field: string;
	/** What was found, already quoted for display. */
	received: string;
	/** What is expected and how to fix it, in French. */
	expected: string;
}

/** Thrown when content is invalid; its message lists every problem, one per line, in French. */
export class ContentError extends Error {
	readonly problems: ContentProblem[];
	constructor(problems: ContentProblem[], heading = 'Contenu invalide') {
		super(formatProblems(problems, heading));
		this.name = 'ContentError';
		this.problems = problems;
	}
}

/** Formats problems as a readable French report, grouped by file. */
export function formatProblems(problems: ContentProblem[], heading = 'Contenu invalide'): string {
	const byFile = new Map<string, ContentProblem[]>();
	for (const problem of problems) {
		const list = byFile.get(problem.file) ?? [];
		list.push(problem);
		byFile.set(problem.file, list);
	}
	const lines = [`${heading} (${problems.length} problème${problems.length > 1 ? 's' : ''}) :`];
	for (const [file, list] of byFile) {
		lines.push(`\nFichier ${file}`);
		for (const { field, received, expected } of list) {
			const where = field ? `champ « ${field} »` : 'fichier entier';
			lines.push(`  - ${where} : valeur reçue ${received} ; attendu : ${expected}`);
		}
	}
	lines.push('\nCorrigez ces champs puis relancez la construction du site (npm start ou npm test).');
	return lines.join('\n');
}

/** Quotes a value for display in an error message, shortened so a long text stays readable. */
export function describeValue(value: unknown): string {
	if (value === undefined) return '(rien : le champ est absent)';
	if (value === null) return '(vide)';
	const text = typeof value === 'string' ? value : JSON.stringify(value);
	const short = text.length > 80 ? `${text.slice(0, 77)}...` : text;
	return `« ${short} »`;
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
	let current: unknown = input;
	for (const key of path) {
		if (current === null || typeof current !== 'object') return undefined;
		current = (current as Record<PropertyKey, unknown>)[key];
	}
	return current;
}

const typeNames: Record<string, string> = {
	string: 'un texte',
	number: 'un nombre',
	boolean: 'true ou false',
	array: 'une liste',
	object: 'un ensemble de champs',
	date: 'une date (AAAA-MM-JJ)',
};

/** Turns one zod issue into what is expected, in French, unless the schema gave its own message. */
function expectedFor(issue: z.core.$ZodIssue): string {
	// Messages written in our schemas (`{ error: '...' }`) are already French and specific.
	if (issue.message && !issue.message.startsWith('Invalid') && !issue.message.startsWith('Too ') && !issue.message.startsWith('Unrecognized')) {
		return issue.message;
	}
	switch (issue.code) {
		case 'invalid_type':
			return `${typeNames[issue.expected] ?? issue.expected}`;
		case 'invalid_value':
			return `une de ces valeurs : ${issue.values.map((v) => `« ${String(v)} »`).join(', ')}`;
		case 'too_small':
			return issue.origin === 'string'
				? issue.minimum === 1 ? 'un texte non vide' : `un texte d’au moins ${issue.minimum} caractères`
				: issue.origin === 'array' ? `au moins ${issue.minimum} élément(s)` : `une valeur d’au moins ${issue.minimum}`;
		case 'too_big':
			return issue.origin === 'string'
				? `un texte d’au plus ${issue.maximum} caractères`
				: issue.origin === 'array' ? `au plus ${issue.maximum} élément(s)` : `une valeur d’au plus ${issue.maximum}`;
		case 'unrecognized_keys':
			return `aucun champ inconnu : retirez ${issue.keys.map((k) => `« ${k} »`).join(', ')} ou corrigez son orthographe`;
		case 'invalid_format':
			return `un format valide (${issue.format})`;
		case 'invalid_union':
			return 'une des formes admises pour ce champ (voir le modèle dans le README)';
		default:
			return issue.message;
	}
}

/**
 * Converts a zod error into problems that name the file, the field and the value received.
 * A field gets one problem (the first issue: zod reports the type before finer rules), and a
 * missing field is said to be required.
 */
export function problemsFromZodError(error: z.ZodError, input: unknown, file: string): ContentProblem[] {
	const seenFields = new Set<string>();
	const problems: ContentProblem[] = [];
	for (const issue of error.issues) {
		const field = issue.path.map(String).join('.');
		const isUnknownKeys = issue.code === 'unrecognized_keys';
		if (!isUnknownKeys && seenFields.has(field)) continue;
		seenFields.add(field);
		const value = valueAt(input, issue.path);
		const missing = issue.code === 'invalid_type' && value === undefined;
		problems.push({
			file,
			field,
			received: isUnknownKeys ? describeValue(issue.keys.join(', ')) : describeValue(value),
			expected: missing ? `${expectedFor(issue)} (champ obligatoire : ajoutez-le)` : expectedFor(issue),
		});
	}
	return problems;
}

/**
 * Validates `input` with `schema`; on failure throws a `ContentError` in French that names the
 * file, each field, the value received and what is expected (never raw zod output).
 */
export function parseWithFriendlyErrors<Schema extends z.ZodType>(schema: Schema, input: unknown, file: string): z.output<Schema> {
	const result = schema.safeParse(input);
	if (result.success) return result.data;
	throw new ContentError(problemsFromZodError(result.error, input, file));
}
