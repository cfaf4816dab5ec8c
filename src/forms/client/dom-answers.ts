import type { Questionnaire } from '../../schemas/questionnaire';
import type { Answers } from '../answers';
import { csvColumns } from '../export';

/** Reads the form's current answers, field by field (check boxes give lists). */
export function readAnswers(form: HTMLFormElement, questionnaire: Questionnaire): Answers {
	const data = new FormData(form);
	const answers: Answers = {};
	for (const column of csvColumns(questionnaire)) {
		const values = data.getAll(column.name).filter((value): value is string => typeof value === 'string');
		if (column.multiple) {
			if (values.length > 0) answers[column.name] = values;
		} else if (values[0] !== undefined && values[0].trim() !== '') {
			answers[column.name] = values[0];
		}
	}
	return answers;
}

/** Puts answers back into the form (a draft being resumed); other fields are emptied. */
export function writeAnswers(form: HTMLFormElement, answers: Answers): void {
	for (const element of Array.from(form.elements)) {
		if (!(element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement)) continue;
		const value = answers[element.name];
		const values = value === undefined ? [] : Array.isArray(value) ? value : [value];
		if (element instanceof HTMLInputElement && (element.type === 'radio' || element.type === 'checkbox')) {
			element.checked = values.includes(element.value);
		} else {
			element.value = values[0] ?? '';
		}
	}
}
