import type { Element } from 'hast';
import type { Question } from '../../schemas/questionnaire';
import { choiceList } from './choice-list';
import { groupQuestion, type RenderContext } from './shell';

type SingleChoice = Extract<Question, { type: 'choix-unique' }>;

/** One answer among several: radio buttons in a fieldset. */
export function renderSingleChoice(question: SingleChoice, context: RenderContext): Element {
	return groupQuestion(question, context, choiceList(question, question.choices, { multiple: false, ...(question.other ? { other: question.other } : {}) }));
}
