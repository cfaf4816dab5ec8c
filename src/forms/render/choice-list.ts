import { h, type Properties } from 'hastscript';
import type { Element } from 'hast';
import type { Choice, Question } from '../../schemas/questionnaire';
import { otherValue } from '../question-kinds';
import { frenchSpacing } from '../typography';
import { controlId } from './shell';

/**
 * Radio buttons or check boxes, one per choice, each with its own label; with « Autre », a text
 * field to specify it follows (revealed by the script when « Autre » is ticked, always shown on paper).
 */
export function choiceList(
	question: Question,
	choices: Choice[],
	options: { multiple: boolean; other?: { label: string; detailLabel: string }; inline?: boolean },
): Element[] {
	const kind = options.multiple ? 'checkbox' : 'radio';
	const all = options.other ? [...choices, { value: otherValue, label: options.other.label }] : choices;
	const items = all.map((choice) => {
		const id = controlId(question.id, choice.value);
		return h('div.form-choice', [
			h('input', {
				type: kind,
				id,
				name: question.id,
				value: choice.value,
				required: !options.multiple && question.required ? true : undefined,
				ariaControls: choice.value === otherValue ? controlId(`${question.id}.${otherValue}`, 'bloc') : undefined,
			}),
			h('label', { for: id }, frenchSpacing(choice.label)),
		]);
	});
	const list = h(`div.form-choices${options.inline ? '.form-choices-inline' : ''}`, items);
	if (!options.other) return [list];
	const otherName = `${question.id}.${otherValue}`;
	// Typed as Properties: with a `type` key the literal could also be read as a text node (see number.ts).
	const otherInput: Properties = { type: 'text', id: controlId(otherName), name: otherName, autocomplete: 'off' };
	return [
		list,
		h('div.form-other', { id: controlId(otherName, 'bloc'), dataOtherFor: question.id }, [
			h('label.form-label', { for: controlId(otherName) }, frenchSpacing(options.other.detailLabel)),
			h('input.form-input', otherInput),
		]),
	];
}
