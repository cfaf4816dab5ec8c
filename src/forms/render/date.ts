import { h } from 'hastscript';
import type { Element } from 'hast';
import type { Question } from '../../schemas/questionnaire';
import { controlId, describedBy, singleControlQuestion, type RenderContext } from './shell';

type DateQuestion = Extract<Question, { type: 'date' }>;

/** The browser's date field (a calendar on phones; jj/mm/aaaa on paper). */
export function renderDate(question: DateQuestion, context: RenderContext): Element {
	return singleControlQuestion(question, context, [
		h('input.form-input.form-input-date', {
			type: 'date',
			id: controlId(question.id),
			name: question.id,
			autocomplete: 'off',
			required: question.required || undefined,
			ariaDescribedBy: describedBy(question, context),
		}),
	]);
}
