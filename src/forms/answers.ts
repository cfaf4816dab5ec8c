import type { Question, Questionnaire } from '../schemas/questionnaire';
import { answerValues, otherValue } from './question-kinds';

/**
 * Answers to one questionnaire, keyed by field name as in the HTML form and the CSV columns:
 * `anciennete` (one value), `causes` (several values), `causes.autre` (the « Autre » text),
 * `ages.ages` (one line of a grid). Values of choices are their `value`, not their label.
 */
export type Answers = Record<string, string | string[]>;

/** One field of a question: what the form names it and what it holds. */
export interface Field {
	/** Name of the field in the form, the answers and the CSV header. */
	name: string;
	/** `answer` holds the question's answer, `other` the text of « Autre », `row` one line of a grid. */
	role: 'answer' | 'other' | 'row';
	/** Whether the field holds several values (check boxes). */
	multiple: boolean;
	/** Label of the grid line, for `row` fields. */
	rowLabel?: string;
}

/** The fields a question is answered with, in display order. */
export function fieldsOf(question: Question): Field[] {
	switch (question.type) {
		case 'choix-unique':
		case 'choix-multiple': {
			const fields: Field[] = [{ name: question.id, role: 'answer', multiple: question.type === 'choix-multiple' }];
			if (question.other) fields.push({ name: `${question.id}.${otherValue}`, role: 'other', multiple: false });
			return fields;
		}
		case 'grille':
			return question.rows.map((row) => ({ name: `${question.id}.${row.value}`, role: 'row', multiple: question.multiple, rowLabel: row.label }));
		default:
			return [{ name: question.id, role: 'answer', multiple: false }];
	}
}

/** All questions of a questionnaire in order, with their number (1, 2, 3...) and section index. */
export function listQuestions(questionnaire: Questionnaire): { question: Question; number: number; section: number }[] {
	let number = 0;
	return questionnaire.sections.flatMap((section, sectionIndex) =>
		section.questions.map((question) => {
			number += 1;
			return { question, number, section: sectionIndex };
		}),
	);
}

/** The values of a field as a list (empty when unanswered; blank text counts as unanswered). */
export function valuesOf(answers: Answers, name: string): string[] {
	const value = answers[name];
	const list = value === undefined ? [] : Array.isArray(value) ? value : [value];
	return list.map((item) => item.trim()).filter((item) => item !== '');
}

/** The choice values selected for a question (all grid lines together), without « Autre » text. */
export function selectedValues(question: Question, answers: Answers): string[] {
	return fieldsOf(question)
		.filter((field) => field.role !== 'other')
		.flatMap((field) => valuesOf(answers, field.name));
}

/** Whether the question received an answer (for a grid: at least one line). */
export function isAnswered(question: Question, answers: Answers): boolean {
	return fieldsOf(question).some((field) => field.role !== 'other' && valuesOf(answers, field.name).length > 0);
}

/**
 * Whether a question is shown: always without a condition; otherwise when the question it depends
 * on is itself shown and received one of the expected answers.
 */
export function isShown(question: Question, answers: Answers, questionnaire: Questionnaire): boolean {
	const byId = new Map(listQuestions(questionnaire).map(({ question: q }) => [q.id, q]));
	const seen = new Set<string>();
	let current: Question | undefined = question;
	while (current?.showIf) {
		if (seen.has(current.id)) return false;
		seen.add(current.id);
		const target = byId.get(current.showIf.question);
		if (!target) return false;
		const selected = selectedValues(target, answers);
		if (!current.showIf.answer.some((wanted) => selected.includes(wanted))) return false;
		current = target;
	}
	return true;
}

/** The answers without those of hidden questions (a changed mind must not leak into an export). */
export function visibleAnswers(questionnaire: Questionnaire, answers: Answers): Answers {
	const kept: Answers = {};
	for (const { question } of listQuestions(questionnaire)) {
		if (!isShown(question, answers, questionnaire)) continue;
		const selected = selectedValues(question, answers);
		for (const field of fieldsOf(question)) {
			if (field.role === 'other' && !selected.includes(otherValue)) continue;
			const values = valuesOf(answers, field.name);
			if (values.length === 0) continue;
			kept[field.name] = field.multiple ? values : values[0]!;
		}
	}
	return kept;
}

/** Label of a choice value for this question (the value itself for free answers). */
export function labelOf(question: Question, value: string): string {
	return answerValues(question).find((choice) => choice.value === value)?.label ?? value;
}

/** Whether nothing at all has been answered (the blank form). */
export function isBlank(answers: Answers): boolean {
	return Object.keys(answers).every((name) => valuesOf(answers, name).length === 0);
}

/** « Si vous avez répondu « Oui » à la question 4. », for the paper form and screen readers. */
export function conditionSentence(question: Question, questionnaire: Questionnaire): string | undefined {
	if (!question.showIf) return undefined;
	const target = listQuestions(questionnaire).find(({ question: candidate }) => candidate.id === question.showIf!.question);
	if (!target) return undefined;
	const answers = question.showIf.answer.map((value) => `« ${labelOf(target.question, value)} »`);
	const list = answers.length === 1 ? answers[0] : `${answers.slice(0, -1).join(', ')} ou ${answers.at(-1)}`;
	return `Si vous avez répondu ${list} à la question ${target.number}.`;
}

/** How far each section is: visible questions answered out of visible questions. */
export interface SectionProgress {
	title: string;
	answered: number;
	total: number;
}

/** Progress by section, counting only the questions shown for these answers. */
export function sectionProgress(questionnaire: Questionnaire, answers: Answers): SectionProgress[] {
	return questionnaire.sections.map((section) => {
		const shown = section.questions.filter((question) => isShown(question, answers, questionnaire));
		return { title: section.title, answered: shown.filter((question) => isAnswered(question, answers)).length, total: shown.length };
	});
}
