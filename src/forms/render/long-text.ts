import { h } from 'hastscript';
import type { Element } from 'hast';
import type { Question } from '../../schemas/questionnaire';
import { controlId, describedBy, singleControlQuestion, type RenderContext } from './shell';

type LongText = Extract<Question, { type: 'texte-long' }>;

/** A multi-line text box, as tall on paper as on screen (`rows`), and growing with its content when printed. */
export function renderLongText(question: LongText, context: RenderContext): Element {
	return singleControlQuestion(question, context, [
		h('textarea.form-textarea', {
			id: controlId(question.id),
			name: question.id,
			rows: question.rows,
			autocomplete: 'off',
			required: question.required || undefined,
			ariaDescribedBy: describedBy(question, context),
		}),
	]);
}
