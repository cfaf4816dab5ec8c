import { h } from 'hastscript';
import type { Element } from 'hast';
import type { Question } from '../../schemas/questionnaire';
import { controlId, describedBy, singleControlQuestion, type RenderContext } from './shell';

type ShortText = Extract<Question, { type: 'texte-court' }>;

const inputTypes = { email: 'email', telephone: 'tel' } as const;

/** A one-line text field; an e-mail or phone format gets the matching keyboard on phones. */
export function renderShortText(question: ShortText, context: RenderContext): Element {
	return singleControlQuestion(question, context, [
		h('input.form-input', {
			type: question.format ? inputTypes[question.format] : 'text',
			id: controlId(question.id),
			name: question.id,
			autocomplete: 'off',
			spellcheck: question.format ? 'false' : undefined,
			required: question.required || undefined,
			ariaDescribedBy: describedBy(question, context),
		}),
	]);
}
