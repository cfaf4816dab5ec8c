import { h } from 'hastscript';
import type { Element } from 'hast';
import type { Question } from '../../schemas/questionnaire';
import { frenchSpacing } from '../typography';
import { controlId, groupQuestion, type RenderContext } from './shell';

type Grid = Extract<Question, { type: 'grille' }>;

/**
 * A table: one line per row, one column per answer. Each control is named by its line and column
 * headers (`aria-labelledby`), so a screen reader says « Lundi Matin ».
 */
export function renderGrid(question: Grid, context: RenderContext): Element {
	const kind = question.multiple ? 'checkbox' : 'radio';
	const columnId = (value: string) => controlId(question.id, `colonne-${value}`);
	const rowId = (value: string) => controlId(question.id, `ligne-${value}`);
	const table = h('table.form-grid', [
		h('thead', h('tr', [h('td'), ...question.columns.map((column) => h('th', { scope: 'col', id: columnId(column.value) }, frenchSpacing(column.label)))])),
		h(
			'tbody',
			question.rows.map((row) =>
				h('tr', [
					h('th', { scope: 'row', id: rowId(row.value) }, frenchSpacing(row.label)),
					...question.columns.map((column) =>
						h(
							'td',
							h('input', {
								type: kind,
								id: controlId(`${question.id}.${row.value}`, column.value),
								name: `${question.id}.${row.value}`,
								value: column.value,
								ariaLabelledBy: `${rowId(row.value)} ${columnId(column.value)}`,
							}),
						),
					),
				]),
			),
		),
	]);
	return groupQuestion(question, context, [h('div.form-grid-scroll', table)]);
}
