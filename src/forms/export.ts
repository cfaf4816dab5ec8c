import { dsvFormat } from 'd3-dsv';
import type { Question, Questionnaire } from '../schemas/questionnaire';
import { multipleAnswerSeparator, otherValue } from './question-kinds';
import { fieldsOf, labelOf, listQuestions, valuesOf, visibleAnswers, type Answers, type Field } from './answers';

/** Name of the JSON export format, checked when a file is read back. */
export const jsonExportFormat = 'reponses-questionnaire/1';

/** Delimiter of the CSV export: a semicolon, which French spreadsheets open in columns. */
export const csvDelimiter = ';';

/** What the JSON export holds: the answers (values), and the same answers in words for a reader. */
export interface JsonExport {
	format: typeof jsonExportFormat;
	questionnaire: { id: string; title: string; version: string; stage: string };
	/** When the file was made (ISO 8601); the only data added to the answers. */
	exportedAt: string;
	answers: Answers;
	/** One entry per answered question: « 4. Question » and the answer in words. */
	readable: { question: string; answer: string }[];
}

/** A column of the CSV: one field of one question. */
export interface CsvColumn extends Field {
	question: Question;
}

/** The CSV columns of a questionnaire, in form order: question id, `id.autre`, `id.ligne`. */
export function csvColumns(questionnaire: Questionnaire): CsvColumn[] {
	return listQuestions(questionnaire).flatMap(({ question }) => fieldsOf(question).map((field) => ({ ...field, question })));
}

/** An answer in words: labels of the choices, joined with « | » when there are several. */
function cellText(column: CsvColumn, answers: Answers): string {
	const values = valuesOf(answers, column.name);
	if (column.role === 'other') return values[0] ?? '';
	return values.map((value) => labelOf(column.question, value)).join(multipleAnswerSeparator);
}

/**
 * The JSON file offered for download: answers of visible questions only, with the questionnaire's
 * id and version so the file can be read back and checked.
 */
export function toJsonExport(questionnaire: Questionnaire, answers: Answers, exportedAt: Date): JsonExport {
	const kept = visibleAnswers(questionnaire, answers);
	const readable = listQuestions(questionnaire)
		.map(({ question, number }) => {
			const parts = fieldsOf(question)
				.map((field) => ({ ...field, question }))
				.filter((column) => column.role !== 'other' && valuesOf(kept, column.name).length > 0)
				.map((column) => {
					const text = cellText(column, kept);
					return column.role === 'row' ? `${column.rowLabel} : ${text}` : text;
				});
			if (parts.length === 0) return undefined;
			const otherText = valuesOf(kept, `${question.id}.${otherValue}`)[0];
			return { question: `${number}. ${question.label}`, answer: parts.join(' ; ') + (otherText ? ` (${otherText})` : '') };
		})
		.filter((entry) => entry !== undefined);
	return {
		format: jsonExportFormat,
		questionnaire: { id: questionnaire.id, title: questionnaire.title, version: questionnaire.status.version, stage: questionnaire.status.stage },
		exportedAt: exportedAt.toISOString(),
		answers: kept,
		readable,
	};
}

/** Reads back a JSON export; throws a French error if it is not an export of this questionnaire. */
export function fromJsonExport(questionnaire: Questionnaire, text: string): Answers {
	let data: Partial<JsonExport>;
	try {
		data = JSON.parse(text) as Partial<JsonExport>;
	} catch {
		throw new Error('Ce fichier n’est pas un fichier JSON lisible.');
	}
	if (data.format !== jsonExportFormat) throw new Error(`Ce fichier n’est pas un export de réponses (format attendu : ${jsonExportFormat}).`);
	if (data.questionnaire?.id !== questionnaire.id) throw new Error(`Ce fichier contient les réponses du questionnaire « ${data.questionnaire?.id} », pas de « ${questionnaire.id} ».`);
	const known = new Set(csvColumns(questionnaire).map((column) => column.name));
	const answers: Answers = {};
	for (const [name, value] of Object.entries(data.answers ?? {})) {
		if (!known.has(name)) throw new Error(`Réponse inconnue dans ce fichier : « ${name} ».`);
		if (typeof value !== 'string' && !(Array.isArray(value) && value.every((item) => typeof item === 'string'))) throw new Error(`Réponse illisible pour « ${name} ».`);
		answers[name] = value;
	}
	return answers;
}

/**
 * The CSV file: a header line of field names (question ids), then one line per respondent with
 * the answers in words. Several answers share a cell, separated by « | ». The same format is read
 * by `npm run survey:aggregate`, so exported answers can be gathered into one file.
 */
export function toCsv(questionnaire: Questionnaire, respondents: Answers[]): string {
	const columns = csvColumns(questionnaire);
	const rows = respondents.map((answers) => {
		const kept = visibleAnswers(questionnaire, answers);
		return columns.map((column) => cellText(column, kept));
	});
	return dsvFormat(csvDelimiter).formatRows([columns.map((column) => column.name), ...rows]);
}

/** Name of a downloaded file: `retour-de-fugue-reponses-2026-11-29.json`. */
export function exportFileName(questionnaire: Questionnaire, extension: 'json' | 'csv', date: Date): string {
	const day = [date.getFullYear(), date.getMonth() + 1, date.getDate()].map((part) => String(part).padStart(2, '0')).join('-');
	return `${questionnaire.id}-reponses-${day}.${extension}`;
}
