import { parse, CsvError } from 'csv-parse/sync';
import { distance as levenshtein } from 'fastest-levenshtein';
import type { Questionnaire } from '../schemas/questionnaire';
import { answerValues, multipleAnswerSeparator } from './question-kinds';
import type { Answers } from './answers';
import { csvColumns, type CsvColumn } from './export';
import { validateAnswers } from './validate';

/** A problem in a CSV of responses, located by line of the file and column. */
export interface CsvProblem {
	/** Line of the file (1 = first line, comments included), as a spreadsheet shows it. */
	line: number;
	/** Respondent number (1 = first answer line), absent for the header. */
	respondent?: number;
	/** Column name as written in the header, or empty for the whole line. */
	column: string;
	/** What is wrong and what is expected, in French. */
	message: string;
}

export interface ParsedResponses {
	/** One set of answers per respondent, in file order (choice labels turned into values). */
	respondents: Answers[];
	/** Every problem found; the responses are usable only when this is empty. */
	problems: CsvProblem[];
}

/** Compares labels loosely: case, spaces and the two apostrophes do not matter. */
function normalise(text: string): string {
	return text.normalize('NFC').replace(/[’‘]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}

/** The delimiter of the file: whichever of `;` and `,` the header line uses most. */
function detectDelimiter(text: string): string {
	const header = text.split(/\r?\n/).find((line) => line.trim() !== '' && !line.startsWith('#')) ?? '';
	return (header.match(/;/g)?.length ?? 0) >= (header.match(/,/g)?.length ?? 0) ? ';' : ',';
}

function closest(name: string, known: string[]): string | undefined {
	const best = [...known].sort((a, b) => levenshtein(name, a) - levenshtein(name, b))[0];
	return best !== undefined && levenshtein(name, best) <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

/** Turns one cell into the field's value(s), or a French message if a choice is unknown. */
function readCell(column: CsvColumn, cell: string): { value?: string | string[]; message?: string } {
	const text = cell.trim();
	if (text === '') return {};
	if (column.role === 'other') return { value: text };
	const choices = answerValues(column.question);
	if (choices.length === 0) {
		const dateMatch = column.question.type === 'date' ? /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text) : null;
		return { value: dateMatch ? `${dateMatch[3]}-${dateMatch[2]!.padStart(2, '0')}-${dateMatch[1]!.padStart(2, '0')}` : text };
	}
	const items = column.multiple ? text.split(multipleAnswerSeparator.trim()).map((item) => item.trim()).filter(Boolean) : [text];
	const values: string[] = [];
	for (const item of items) {
		const choice = choices.find((candidate) => candidate.value === item || normalise(candidate.label) === normalise(item));
		if (!choice) {
			return { message: `« ${item} » n’est pas une réponse possible ; réponses possibles : ${choices.map((c) => `« ${c.label} »`).join(', ')}${column.multiple ? ' (plusieurs réponses séparées par « | »)' : ''}` };
		}
		values.push(choice.value);
	}
	return { value: column.multiple ? values : values[0]! };
}

/**
 * Reads a CSV of responses (one line per respondent, columns named by question id, `#` comment
 * lines allowed, `;` or `,` delimiter) and checks it against the questionnaire: unknown columns,
 * impossible answers and missing required answers are reported by line and column.
 */
export function parseResponsesCsv(questionnaire: Questionnaire, text: string): ParsedResponses {
	const problems: CsvProblem[] = [];
	let records: { record: string[]; info: { lines: number } }[];
	try {
		records = parse(text, { bom: true, comment: '#', comment_no_infix: true, delimiter: detectDelimiter(text), skip_empty_lines: true, info: true, relax_column_count: false }) as unknown as typeof records;
	} catch (error) {
		if (error instanceof CsvError) {
			const line = (error as CsvError & { lines?: number }).lines ?? 0;
			return { respondents: [], problems: [{ line, column: '', message: `fichier CSV illisible : ${error.message}` }] };
		}
		throw error;
	}
	if (records.length === 0) return { respondents: [], problems: [{ line: 1, column: '', message: 'fichier vide : une ligne d’en-tête (les identifiants des questions) est attendue' }] };

	const [header, ...rows] = records;
	const known = new Map(csvColumns(questionnaire).map((column) => [column.name, column]));
	const columns: (CsvColumn | undefined)[] = header!.record.map((name) => known.get(name.trim()));
	const seen = new Set<string>();
	header!.record.forEach((raw, index) => {
		const name = raw.trim();
		if (!columns[index]) {
			const suggestion = closest(name, [...known.keys()]);
			problems.push({ line: header!.info.lines, column: name, message: `colonne inconnue : aucune question de « ${questionnaire.id} » ne s’appelle ainsi${suggestion ? ` (vouliez-vous dire « ${suggestion} » ?)` : ''}` });
		} else if (seen.has(name)) {
			problems.push({ line: header!.info.lines, column: name, message: 'colonne en double : chaque question n’a qu’une colonne' });
		}
		seen.add(name);
	});
	for (const column of known.values()) {
		if (column.question.required && column.role !== 'other' && !seen.has(column.name)) {
			problems.push({ line: header!.info.lines, column: column.name, message: `colonne absente pour une question obligatoire (« ${column.question.label} »)` });
		}
	}

	const respondents: Answers[] = [];
	rows.forEach(({ record, info }, index) => {
		const respondent = index + 1;
		const answers: Answers = {};
		record.forEach((cell, columnIndex) => {
			const column = columns[columnIndex];
			if (!column) return;
			const { value, message } = readCell(column, cell);
			if (message) problems.push({ line: info.lines, respondent, column: column.name, message });
			else if (value !== undefined) answers[column.name] = value;
		});
		for (const problem of validateAnswers(questionnaire, answers)) {
			// A cell already reported as unreadable is not reported again as missing.
			if (problems.some((known) => known.line === info.lines && known.column === problem.field)) continue;
			if (problem.kind === 'missing' && !seen.has(problem.field)) continue;
			const label = known.get(problem.field)?.question.label ?? problem.questionId;
			problems.push({ line: info.lines, respondent, column: problem.field, message: problem.kind === 'missing' ? `réponse obligatoire manquante à la question ${problem.number} (« ${label} »)` : problem.message });
		}
		respondents.push(answers);
	});
	return { respondents, problems };
}

/** One problem as a line of a report: « ligne 4 (réponse n° 2), colonne « anciennete » : ... ». */
export function formatCsvProblem(problem: CsvProblem): string {
	const who = problem.respondent ? ` (réponse n° ${problem.respondent})` : ' (en-tête)';
	const where = problem.column ? `, colonne « ${problem.column} »` : '';
	return `ligne ${problem.line}${problem.respondent || problem.column ? who : ''}${where} : ${problem.message}`;
}
