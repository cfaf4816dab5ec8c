import { h } from 'hastscript';
import type { Element, Root } from 'hast';
import { conditionSentence, listQuestions } from '../answers';
import type { Question, Questionnaire } from '../../schemas/questionnaire';
import { renderDate } from './date';
import { renderGrid } from './grid';
import { renderLongText } from './long-text';
import { renderMultipleChoice } from './multiple-choice';
import { renderNumber } from './number';
import { renderScale } from './scale';
import { renderShortText } from './short-text';
import { renderSingleChoice } from './single-choice';
import { renderYesNo } from './yes-no';
import type { RenderContext } from './shell';
import { frenchSpacing } from '../typography';

export { controlId } from './shell';

/** Renders one question with the renderer of its type. */
export function renderQuestion(question: Question, context: RenderContext): Element {
	switch (question.type) {
		case 'texte-court':
			return renderShortText(question, context);
		case 'texte-long':
			return renderLongText(question, context);
		case 'choix-unique':
			return renderSingleChoice(question, context);
		case 'choix-multiple':
			return renderMultipleChoice(question, context);
		case 'nombre':
			return renderNumber(question, context);
		case 'date':
			return renderDate(question, context);
		case 'echelle':
			return renderScale(question, context);
		case 'oui-non':
			return renderYesNo(question, context);
		case 'grille':
			return renderGrid(question, context);
	}
}

/** Id of a section's heading, also its anchor in the table of contents. */
export function sectionSlug(index: number): string {
	return `partie-${index + 1}`;
}

/**
 * The whole form as a hast tree: one `<section>` per part with its `<h2>`, the questions numbered
 * across the form. The form never submits anywhere (`method="dialog"` outside a dialog does
 * nothing): without JavaScript it is a printable blank form, with it the page script takes over.
 */
export function renderQuestionnaire(questionnaire: Questionnaire): Root {
	const numbered = listQuestions(questionnaire);
	const form = h(
		'form.questionnaire',
		{ id: 'questionnaire', method: 'dialog', autocomplete: 'off', dataQuestionnaire: questionnaire.id, ariaLabel: questionnaire.title },
		questionnaire.sections.map((section, sectionIndex) =>
			h('section.form-section', { ariaLabelledBy: sectionSlug(sectionIndex), dataSection: String(sectionIndex) }, [
				h('h2', { id: sectionSlug(sectionIndex) }, frenchSpacing(`${sectionIndex + 1}. ${section.title}`)),
				...(section.description ? [h('p.form-section-description', frenchSpacing(section.description))] : []),
				...numbered
					.filter(({ section: index }) => index === sectionIndex)
					.map(({ question, number }) => {
						const condition = conditionSentence(question, questionnaire);
						return renderQuestion(question, { number, ...(condition ? { condition } : {}) });
					}),
			]),
		),
	);
	return { type: 'root', children: [form] };
}
