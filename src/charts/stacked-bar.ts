/**
 * 100 % stacked bar of a breakdown whose total is published (e.g. « oui / non / ne sait pas »):
 * one segment per category in proportion to its value, its share written above it when it fits,
 * and a legend with every value. Masked values are merged into one grey segment (what the total
 * and the cells shown already tell), so no masked value can be measured.
 */
import { scaleLinear } from 'd3-scale';
import type { PublishedIndicator } from '../indicators/disclosure';
import { describeIndicator, shareText, valueWithShare } from '../indicators/describe';
import { fillClass, maskedClass } from './palette';
import { escapeXml, px, svgFrame, textLines, wrapText } from './svg';

export interface StackedBarOptions {
	/** Unique id of the chart on the page (default `chart-<dataset id>`). */
	id?: string;
	/** Width of the viewBox (default 480). */
	width?: number;
}

/** Whether a dataset can be drawn as a 100 % bar: a breakdown with a published total and single answers. */
export function canStack(indicator: PublishedIndicator): boolean {
	const { values } = indicator;
	return values.kind === 'categories' && !values.multiple && values.total?.status === 'shown' && values.total.value > 0;
}

export function stackedBar(indicator: PublishedIndicator, options: StackedBarOptions = {}): string {
	const { values } = indicator;
	if (values.kind !== 'categories' || !canStack(indicator) || values.total?.status !== 'shown') {
		throw new Error(`stackedBar : ${indicator.id} n’est pas une répartition avec un total publié`);
	}
	const width = options.width ?? 480;
	const id = options.id ?? `chart-${indicator.id}`;
	const total = values.total.value;
	const x = scaleLinear().domain([0, total]).range([0, width]);
	const barY = 26;
	const barHeight = 36;
	const segments: string[] = [];
	let start = 0;
	let shownSum = 0;
	values.categories.forEach((category, index) => {
		const { cell } = category;
		if (cell.status !== 'shown' || cell.value <= 0) return;
		shownSum += cell.value;
		const x0 = x(start);
		const x1 = x(start + cell.value);
		start += cell.value;
		segments.push(`<rect class="hub-chart__segment ${fillClass(index)}" data-index="${index}" x="${px(x0)}" y="${barY}" width="${px(x1 - x0)}" height="${barHeight}"/>`);
		if (cell.share !== undefined && x1 - x0 >= 44) {
			segments.push(`<text class="hub-chart__value" x="${px((x0 + x1) / 2)}" y="18" text-anchor="middle" fill="currentColor">${escapeXml(shareText(cell.share))}</text>`);
		}
	});
	const hidden = total - shownSum;
	if (hidden > 0 && values.categories.some((category) => category.cell.status !== 'shown')) {
		segments.push(`<rect class="hub-chart__segment ${maskedClass}" x="${px(x(start))}" y="${barY}" width="${px(x(start + hidden) - x(start))}" height="${barHeight}"/>`);
	}
	// Separators in the page background colour keep adjacent colours apart.
	const legend: string[] = [];
	let y = barY + barHeight + 26;
	values.categories.forEach((category, index) => {
		const swatch = category.cell.status === 'shown' ? fillClass(index) : maskedClass;
		const lines = wrapText(`${category.label} : ${valueWithShare(category.cell, indicator.unit)}`, Math.floor((width - 22) / 8.2));
		legend.push(`<g class="hub-chart__legend-item" data-status="${category.cell.status}"><rect class="${swatch}" x="0" y="${px(y - 12)}" width="14" height="14"/>${textLines(lines, 22, y, 18, 'fill="currentColor"')}</g>`);
		y += lines.length * 18 + 8;
	});
	const body = `<g class="hub-chart__stack">${segments.join('')}</g>${legend.join('')}`;
	return svgFrame({ id, width, height: y - 4, title: indicator.title, description: describeIndicator(indicator), mark: 'stacked', body });
}
