import type { Element } from 'hast';
import type { Question } from '../../schemas/questionnaire';
import { answerValues } from '../question-kinds';
import { choiceList } from './choice-list';
import { groupQuestion, type RenderContext } from './shell';

type YesNo = Extract<Question, { type: 'oui-non' }>;

/** « Oui », « Non » and, when asked, « Ne sait pas », side by side. */
export function renderYesNo(question: YesNo, context: RenderContext): Element {
	return groupQuestion(question, context, choiceList(question, answerValues(question), { multiple: false, inline: true }));
}
