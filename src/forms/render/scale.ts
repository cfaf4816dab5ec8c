import type { Element } from 'hast';
import type { Question } from '../../schemas/questionnaire';
import { answerValues } from '../question-kinds';
import { choiceList } from './choice-list';
import { groupQuestion, type RenderContext } from './shell';

type Scale = Extract<Question, { type: 'echelle' }>;

/** Steps of a scale as radio buttons in a row; the ends carry their meaning in their label (« 1 (faible) »). */
export function renderScale(question: Scale, context: RenderContext): Element {
	const steps = answerValues(question).map((step, index, all) => {
		const meaning = index === 0 ? question.minLabel : index === all.length - 1 ? question.maxLabel : undefined;
		return meaning ? { ...step, label: `${step.label} (${meaning})` } : step;
	});
	return groupQuestion(question, context, choiceList(question, steps, { multiple: false, inline: true }));
}
