/**
 * Horizontal bar chart of a breakdown (`values.kind: categories`): one bar per category, its label
 * above, its value (and derived share) at the end of the bar. A masked value gets no bar, only its
 * text (« < 5 », « masqué »): the length of a bar would give the value away.
 * An optional reference per category (e.g. authorised places) is drawn as a dashed tick.
 */
import { max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import type { PublishedIndicator } from '../indicators/disclosure';
import { describeIndicator, shareText, valueWithShare } from '../indicators/describe';
import { formatNumber } from '../lib/format';
import { fillClass, maskedClass } from './palette';
import { escapeXml, px, svgFrame, textLines, wrapText } from './svg';

export interface BarChartOptions {
	/** Unique id of the chart on the page (default `chart-<dataset id>`). */
	id?: string;
	/** Width of the viewBox (default 480: text stays readable when a phone shrinks the chart). */
	width?: number;
}

const lineHeight = 18;
const barHeight = 22;
const rowGap = 16;
const valueSpace = 150;
/** Average width of a character at the chart's font size, to keep value labels inside the frame. */
const charWidth = 8.2;

export function barChart(indicator: PublishedIndicator, options: BarChartOptions = {}): string {
	const { values } = indicator;
	if (values.kind !== 'categories') throw new Error(`barChart : ${indicator.id} n’est pas une répartition (categories)`);
	const width = options.width ?? 480;
	const id = options.id ?? `chart-${indicator.id}`;
	const shown = values.categories.flatMap((category) => (category.cell.status === 'shown' ? [category.cell.value] : []));
	const references = values.categories.flatMap((category) => (category.reference !== undefined ? [category.reference] : []));
	const x = scaleLinear()
		.domain([0, max([...shown, ...references]) || 1])
		.range([0, width - valueSpace]);

	let y = 4;
	const rows: string[] = [];
	values.categories.forEach((category, index) => {
		const labelLines = wrapText(category.label, Math.floor(width / charWidth));
		const labelY = y + 14;
		const barY = y + labelLines.length * lineHeight + 4;
		const parts = [textLines(labelLines, 0, labelY, lineHeight, 'class="hub-chart__label" fill="currentColor"')];
		const { cell } = category;
		let valueX = 0;
		if (cell.status === 'shown') {
			const barWidth = cell.value > 0 ? Math.max(1, x(cell.value)) : 0;
			parts.push(`<rect class="hub-chart__bar ${fillClass(0)}" x="0" y="${px(barY)}" width="${px(barWidth)}" height="${barHeight}" rx="2"/>`);
			valueX = barWidth + 6;
		} else {
			parts.push(`<rect class="${maskedClass}" x="0" y="${px(barY)}" width="4" height="${barHeight}"/>`);
			valueX = 10;
		}
		if (category.reference !== undefined) {
			const refX = px(x(category.reference));
			parts.push(`<line class="hub-chart__reference" x1="${refX}" x2="${refX}" y1="${px(barY - 4)}" y2="${px(barY + barHeight + 4)}" stroke="currentColor" stroke-width="2" stroke-dasharray="4 3"/>`);
			valueX = Math.max(valueX, refX + 6);
		}
		let valueLabel = valueWithShare(cell, indicator.unit);
		if (cell.status === 'shown' && cell.ratio !== undefined && category.reference !== undefined) {
			valueLabel += ` · ${shareText(cell.ratio)} des ${formatNumber(category.reference)}${values.referenceLabel ? ` ${values.referenceLabel}` : ''}`;
		}
		// A label that would overflow goes on its own line under the bar.
		const below = valueX + valueLabel.length * charWidth > width;
		const valueY = below ? barY + barHeight + 18 : barY + 16;
		parts.push(`<text class="hub-chart__value${cell.status === 'shown' ? '' : ' hub-chart__value--masked'}" x="${below ? 0 : px(valueX)}" y="${px(valueY)}" fill="currentColor">${escapeXml(valueLabel)}</text>`);
		rows.push(`<g class="hub-chart__row" data-status="${cell.status}" data-index="${index}">${parts.join('')}</g>`);
		y = barY + barHeight + rowGap + (below ? 20 : 0);
	});
	if (references.length > 0 && values.referenceLabel) {
		rows.push(`<g class="hub-chart__legend"><line x1="0" x2="14" y1="${px(y + 4)}" y2="${px(y + 4)}" stroke="currentColor" stroke-width="2" stroke-dasharray="4 3"/><text x="20" y="${px(y + 9)}" fill="currentColor">${escapeXml(`Trait pointillé : ${values.referenceLabel}`)}</text></g>`);
		y += 24;
	}
	return svgFrame({ id, width, height: y, title: indicator.title, description: describeIndicator(indicator), mark: 'bar', body: rows.join('') });
}
