/**
 * « Chiffre clé » card of a single figure (`values.kind: figure`): the qualifier (« au moins »),
 * the figure in large type, the derived share, and what is counted. A masked figure reads
 * « masqué » with the reason.
 */
import type { PublishedIndicator } from '../indicators/disclosure';
import { describeIndicator, figureHeadline } from '../indicators/describe';
import { escapeXml, svgFrame, textLines, wrapText } from './svg';

export interface KeyFigureOptions {
	/** Unique id of the card on the page (default `chart-<dataset id>`). */
	id?: string;
	/** Width of the viewBox (default 360). */
	width?: number;
}

export function keyFigure(indicator: PublishedIndicator, options: KeyFigureOptions = {}): string {
	const { values } = indicator;
	if (values.kind !== 'figure') throw new Error(`keyFigure : ${indicator.id} n’est pas un chiffre unique (figure)`);
	const width = options.width ?? 360;
	const id = options.id ?? `chart-${indicator.id}`;
	const { value, prefix, detail } = figureHeadline(indicator);
	const parts: string[] = [];
	let y = 22;
	if (prefix) {
		parts.push(`<text class="hub-chart__prefix" x="0" y="${y}" fill="currentColor">${escapeXml(prefix)}</text>`);
		y += 4;
	}
	const big = value.length > 14 ? 30 : 40;
	y += big;
	parts.push(`<text class="hub-chart__figure${values.cell.status === 'shown' ? '' : ' hub-chart__value--masked'}" x="0" y="${y}" font-size="${big}" font-weight="700" fill="currentColor">${escapeXml(value)}</text>`);
	y += 8;
	const label = values.label ?? indicator.title;
	const lines = [...(detail ? wrapText(detail, 44) : []), ...wrapText(label, 44)];
	y += 18;
	parts.push(textLines(lines, 0, y, 20, 'class="hub-chart__label" fill="currentColor"'));
	y += (lines.length - 1) * 20 + 10;
	return svgFrame({ id, width, height: y, title: indicator.title, description: describeIndicator(indicator), mark: 'figure', body: parts.join('') });
}
