import type { Question, Questionnaire } from '../schemas/questionnaire';
import { answerValues } from './question-kinds';
import { fieldsOf, isAnswered, isShown, listQuestions, valuesOf, type Answers } from './answers';

/** One problem with the answers, in French, tied to a question and to the field at fault. */
export interface AnswerProblem {
	/** Id of the question. */
	questionId: string;
	/** Number of the question in the form (1, 2, 3...). */
	number: number;
	/** Name of the field at fault (the question id, or `id.ligne` for a grid line). */
	field: string;
	/** `missing`: a required answer is absent; `invalid`: the answer is not acceptable. */
	kind: 'missing' | 'invalid';
	/** What to do, in French, as shown under the question (« Choisissez une réponse. »). */
	message: string;
}

const missingMessages: Record<Question['type'], string> = {
	'texte-court': 'Écrivez une réponse, cette question est obligatoire.',
	'texte-long': 'Écrivez une réponse, cette question est obligatoire.',
	'choix-unique': 'Choisissez une réponse, cette question est obligatoire.',
	'choix-multiple': 'Cochez au moins une réponse, cette question est obligatoire.',
	nombre: 'Indiquez un nombre, cette question est obligatoire.',
	date: 'Indiquez une date, cette question est obligatoire.',
	echelle: 'Choisissez un niveau sur l’échelle, cette question est obligatoire.',
	'oui-non': 'Choisissez une réponse, cette question est obligatoire.',
	grille: 'Cochez au moins une case, cette question est obligatoire.',
};

/** Reads a number typed the French way (« 3 », « 2,5 », « 1 200 »); `undefined` if it is not one. */
export function parseNumber(text: string): number | undefined {
	const compact = text.trim().replace(/[\s\u00a0\u202f]/g, '').replace(',', '.');
	if (!/^[-+]?\d+(\.\d+)?$/.test(compact)) return undefined;
	return Number(compact);
}

/** Whether `text` is a real calendar date written AAAA-MM-JJ (what a date field gives). */
export function isIsoDate(text: string): boolean {
	const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
	if (!match) return false;
	const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
	return date.getUTCFullYear() === Number(match[1]) && date.getUTCMonth() === Number(match[2]) - 1 && date.getUTCDate() === Number(match[3]);
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/;

function numberProblem(question: Extract<Question, { type: 'nombre' }>, text: string): string | undefined {
	const value = parseNumber(text);
	if (value === undefined) return 'Indiquez un nombre en chiffres, par exemple 3.';
	if (question.integer && !Number.isInteger(value)) return 'Indiquez un nombre entier, par exemple 3.';
	const { min, max } = question;
	if (value < min || (max !== undefined && value > max)) {
		return max === undefined ? `Indiquez un nombre supérieur ou égal à ${min}.` : `Indiquez un nombre entre ${min} et ${max}.`;
	}
	return undefined;
}

function shortTextProblem(question: Extract<Question, { type: 'texte-court' }>, text: string): string | undefined {
	if (question.format === 'email' && !emailPattern.test(text.trim())) return 'Indiquez une adresse e-mail complète, avec « @ » et le nom de domaine de votre structure.';
	if (question.format === 'telephone' && text.replace(/\D/g, '').length < 10) return 'Indiquez un numéro de téléphone d’au moins 10 chiffres.';
	return undefined;
}

/** Problems with the value(s) given to one question, whether it is required or not. */
function invalidAnswers(question: Question, answers: Answers): { field: string; message: string }[] {
	const problems: { field: string; message: string }[] = [];
	const choices = answerValues(question);
	for (const field of fieldsOf(question)) {
		const values = valuesOf(answers, field.name);
		if (values.length === 0) continue;
		if (field.role === 'other') continue;
		if (choices.length > 0) {
			const unknown = values.filter((value) => !choices.some((choice) => choice.value === value));
			if (unknown.length > 0) {
				problems.push({
					field: field.name,
					message: `« ${unknown.join(', ')} » n’est pas une réponse possible. Réponses possibles : ${choices.map((choice) => `« ${choice.label} »`).join(', ')}.`,
				});
			} else if (!field.multiple && values.length > 1) {
				problems.push({ field: field.name, message: 'Choisissez une seule réponse.' });
			}
			continue;
		}
		const text = values[0]!;
		const message =
			question.type === 'nombre' ? numberProblem(question, text)
			: question.type === 'date' ? (isIsoDate(text) ? undefined : 'Indiquez une date valide, par exemple 29/11/2026.')
			: question.type === 'texte-court' ? shortTextProblem(question, text)
			: undefined;
		if (message) problems.push({ field: field.name, message });
	}
	return problems;
}

/**
 * Checks the answers against the questionnaire: required questions that are shown must be
 * answered (a hidden question is never required), values must be possible answers.
 */
export function validateAnswers(questionnaire: Questionnaire, answers: Answers): AnswerProblem[] {
	const problems: AnswerProblem[] = [];
	for (const { question, number } of listQuestions(questionnaire)) {
		if (!isShown(question, answers, questionnaire)) continue;
		if (question.required && !isAnswered(question, answers)) {
			problems.push({ questionId: question.id, number, field: fieldsOf(question)[0]!.name, kind: 'missing', message: missingMessages[question.type] });
			continue;
		}
		for (const { field, message } of invalidAnswers(question, answers)) {
			problems.push({ questionId: question.id, number, field, kind: 'invalid', message });
		}
	}
	return problems;
}
