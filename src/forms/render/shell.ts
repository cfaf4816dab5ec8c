import { h } from 'hastscript';
import type { Element, ElementContent } from 'hast';
import type { Question } from '../../schemas/questionnaire';
import { frenchSpacing } from '../typography';

/** What a renderer needs besides the question: its number and the sentence saying when it applies. */
export interface RenderContext {
	/** Number shown before the question (1, 2, 3...). */
	number: number;
	/** « Si vous avez répondu « Oui » à la question 4. » for a conditional question. */
	condition?: string;
}

/** The id of a field's control: `champ-causes`, `champ-causes--autre` (dots become double dashes). */
export function controlId(fieldName: string, suffix?: string): string {
	return `champ-${fieldName.replaceAll('.', '--')}${suffix ? `-${suffix}` : ''}`;
}

/** Ids of the texts that describe a question's control(s): condition, hint, error (in reading order). */
export function describedBy(question: Question, context: RenderContext): string {
	return [context.condition ? controlId(question.id, 'condition') : undefined, question.help ? controlId(question.id, 'aide') : undefined, controlId(question.id, 'erreur')]
		.filter(Boolean)
		.join(' ');
}

/** « 4. Label (obligatoire) », as a label or a legend's content. */
export function questionTitle(question: Question, context: RenderContext): ElementContent[] {
	return [
		h('span.form-number', `${context.number}.`),
		{ type: 'text', value: ` ${frenchSpacing(question.label)}` },
		...(question.required ? [{ type: 'text', value: ' ' } as ElementContent, h('span.form-required', '(obligatoire)')] : []),
	];
}

/** Condition, hint and (empty until the script fills it) error message of a question. */
export function questionNotes(question: Question, context: RenderContext): Element[] {
	return [
		...(context.condition ? [h('p.form-condition', { id: controlId(question.id, 'condition') }, frenchSpacing(context.condition))] : []),
		...(question.help ? [h('p.form-hint', { id: controlId(question.id, 'aide') }, frenchSpacing(question.help))] : []),
		h('p.form-error', { id: controlId(question.id, 'erreur'), dataErrorFor: question.id }),
	];
}

/** Attributes every question wrapper carries, read by the script (type, condition, required). */
export function wrapperProperties(question: Question): Record<string, string | string[] | undefined> {
	return {
		id: `question-${question.id}`,
		className: ['form-question'],
		dataQuestion: question.id,
		dataType: question.type,
		dataRequired: question.required ? 'true' : undefined,
		dataShowIf: question.showIf ? JSON.stringify(question.showIf) : undefined,
	};
}

/** A question answered in one control (text, number, date): label, notes, then the control. */
export function singleControlQuestion(question: Question, context: RenderContext, control: ElementContent[]): Element {
	return h('div', wrapperProperties(question), [h('label.form-label', { for: controlId(question.id) }, questionTitle(question, context)), ...questionNotes(question, context), ...control]);
}

/** A question answered with several controls (choices, scale, grid): a fieldset and its legend. */
export function groupQuestion(question: Question, context: RenderContext, body: ElementContent[]): Element {
	return h('fieldset', { ...wrapperProperties(question), ariaDescribedBy: describedBy(question, context) }, [
		h('legend.form-legend', questionTitle(question, context)),
		...questionNotes(question, context),
		...body,
	]);
}
