import { h, type Properties } from 'hastscript';
import type { Element } from 'hast';
import type { Question } from '../../schemas/questionnaire';
import { controlId, describedBy, singleControlQuestion, type RenderContext } from './shell';

type NumberQuestion = Extract<Question, { type: 'nombre' }>;

/**
 * A number typed as text with a numeric keyboard (`inputmode`), as GOV.UK recommends: no spinner,
 * no value changed by the mouse wheel; the script checks it and says what is expected in French.
 */
export function renderNumber(question: NumberQuestion, context: RenderContext): Element {
	const unitId = controlId(question.id, 'unite');
	// Typed as Properties: an object literal with a `type` key could also be read as a text node
	// once other packages (MDX's hast types) widen the kinds of child nodes.
	const input: Properties = {
		type: 'text',
		inputMode: question.integer ? 'numeric' : 'decimal',
		id: controlId(question.id),
		name: question.id,
		autocomplete: 'off',
		spellcheck: 'false',
		required: question.required || undefined,
		ariaDescribedBy: [describedBy(question, context), question.unit ? unitId : undefined].filter(Boolean).join(' '),
	};
	return singleControlQuestion(question, context, [
		h('div.form-number-field', [
			h('input.form-input.form-input-number', input),
			...(question.unit ? [h('span.form-unit', { id: unitId }, question.unit)] : []),
		]),
	]);
}
