/**
 * Picks the mark for a published dataset: its `chart` field when it fits, otherwise bars for a
 * breakdown, columns for a series, a card for a single figure. Qualitative mentions have no chart
 * (they are a list). Returns `undefined` when there is nothing to draw.
 */
import type { PublishedIndicator } from '../indicators/disclosure';
import { barChart } from './bar-chart';
import { columnChart } from './column-chart';
import { keyFigure } from './key-figure';
import { canStack, stackedBar } from './stacked-bar';

export function chartFor(indicator: PublishedIndicator & { chart?: string | undefined }, id?: string): string | undefined {
	const options = id ? { id } : {};
	switch (indicator.values.kind) {
		case 'categories':
			return indicator.chart === 'stacked' && canStack(indicator) ? stackedBar(indicator, options) : barChart(indicator, options);
		case 'series':
			return columnChart(indicator, options);
		case 'figure':
			return keyFigure(indicator, options);
		case 'mentions':
			return undefined;
	}
}

export { barChart, columnChart, keyFigure, stackedBar, canStack };
