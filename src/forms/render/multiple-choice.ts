import type { Element } from 'hast';
import type { Question } from '../../schemas/questionnaire';
import { choiceList } from './choice-list';
import { groupQuestion, type RenderContext } from './shell';

type MultipleChoice = Extract<Question, { type: 'choix-multiple' }>;

/** Several answers possible: check boxes in a fieldset, with « Autre, précisez » when asked. */
export function renderMultipleChoice(question: MultipleChoice, context: RenderContext): Element {
	return groupQuestion(question, context, choiceList(question, question.choices, { multiple: true, ...(question.other ? { other: question.other } : {}) }));
}
