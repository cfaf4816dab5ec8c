/**
 * Column chart of a time series (`values.kind: series`): one column per period, its value above
 * it, the period below, light gridlines with French tick labels. A masked point gets no column.
 */
import { max } from 'd3-array';
import { scaleBand, scaleLinear } from 'd3-scale';
import type { PublishedIndicator } from '../indicators/disclosure';
import { describeIndicator, valueText } from '../indicators/describe';
import { formatTick } from './format-locale';
import { fillClass, maskedClass } from './palette';
import { escapeXml, px, svgFrame } from './svg';

export interface ColumnChartOptions {
	/** Unique id of the chart on the page (default `chart-<dataset id>`). */
	id?: string;
	/** Width of the viewBox (default 480). */
	width?: number;
	/** Height of the viewBox (default 260). */
	height?: number;
}

export function columnChart(indicator: PublishedIndicator, options: ColumnChartOptions = {}): string {
	const { values } = indicator;
	if (values.kind !== 'series') throw new Error(`columnChart : ${indicator.id} n’est pas une série (series)`);
	const width = options.width ?? 480;
	const height = options.height ?? 260;
	const id = options.id ?? `chart-${indicator.id}`;
	const margin = { top: 28, right: 8, bottom: 32, left: 56 };
	const shown = values.points.flatMap((point) => (point.cell.status === 'shown' ? [point.cell.value] : []));
	const y = scaleLinear()
		.domain([0, max(shown) || 1])
		.nice(4)
		.range([height - margin.bottom, margin.top]);
	const x = scaleBand()
		.domain(values.points.map((point) => point.label))
		.range([margin.left, width - margin.right])
		.padding(0.35);
	const grid = y
		.ticks(4)
		.map((tick) => `<g class="hub-chart__grid"><line x1="${margin.left}" x2="${width - margin.right}" y1="${px(y(tick))}" y2="${px(y(tick))}" stroke="currentColor" stroke-opacity="0.25"/><text x="${margin.left - 8}" y="${px(y(tick) + 5)}" text-anchor="end" fill="currentColor">${escapeXml(formatTick(tick))}</text></g>`)
		.join('');
	const columns = values.points
		.map((point, index) => {
			const left = x(point.label) ?? 0;
			const centre = px(left + x.bandwidth() / 2);
			const parts: string[] = [];
			let labelY = height - margin.bottom - 8;
			if (point.cell.status === 'shown') {
				const top = y(point.cell.value);
				parts.push(`<rect class="hub-chart__column ${fillClass(0)}" x="${px(left)}" y="${px(top)}" width="${px(x.bandwidth())}" height="${px(height - margin.bottom - top)}" rx="2"/>`);
				labelY = top - 8;
			} else {
				parts.push(`<rect class="${maskedClass}" x="${px(left)}" y="${px(height - margin.bottom - 4)}" width="${px(x.bandwidth())}" height="4"/>`);
			}
			parts.push(`<text class="hub-chart__value" x="${centre}" y="${px(labelY)}" text-anchor="middle" fill="currentColor">${escapeXml(valueText(point.cell, indicator.unit))}</text>`);
			parts.push(`<text class="hub-chart__label" x="${centre}" y="${height - margin.bottom + 20}" text-anchor="middle" fill="currentColor">${escapeXml(point.label)}</text>`);
			return `<g class="hub-chart__point" data-status="${point.cell.status}" data-index="${index}">${parts.join('')}</g>`;
		})
		.join('');
	const axis = `<line x1="${margin.left}" x2="${width - margin.right}" y1="${height - margin.bottom}" y2="${height - margin.bottom}" stroke="currentColor"/>`;
	return svgFrame({ id, width, height, title: indicator.title, description: describeIndicator(indicator), mark: 'column', body: grid + columns + axis });
}
