import { describe, expect, it } from 'vitest';
import { barChart } from '../../../src/charts/bar-chart';
import { columnChart } from '../../../src/charts/column-chart';
import { keyFigure } from '../../../src/charts/key-figure';
import { canStack, stackedBar } from '../../../src/charts/stacked-bar';
import { chartFor } from '../../../src/charts';
import { frenchLocale, formatTick } from '../../../src/charts/format-locale';
import { formatNumber } from '../../../src/lib/format';
import { normaliseSvg } from './normalise-svg';
import { atLeast, budget, girls, occupancy, runaways, smallCell, smallSeries, wishToStop } from './fixtures';

const count = (svg: string, pattern: RegExp) => svg.match(new RegExp(pattern.source, 'g'))?.length ?? 0;
const spaces = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');
/** What a reader sees: the text of the SVG, without markup (coordinates are checked separately). */
const text = (svg: string) => spaces(svg.replace(/<[^>]+>/g, ' '));

describe('every mark', () => {
	const charts = [barChart(wishToStop), stackedBar(wishToStop), columnChart(runaways), keyFigure(atLeast)];
	it('is an image with a title and a description generated from the data', () => {
		for (const svg of charts) {
			expect(svg).toMatch(/^<svg [^>]*role="img"/);
			expect(svg).toMatch(/aria-labelledby="chart-[a-z-]+-title chart-[a-z-]+-desc"/);
			expect(svg).toMatch(/<title id="chart-[a-z-]+-title">[^<]+<\/title><desc id="chart-[a-z-]+-desc">[^<]{20,}<\/desc>/);
		}
	});
	it('uses palette classes and currentColor, never a hard-coded colour', () => {
		for (const svg of charts) expect(svg).not.toMatch(/#[0-9a-f]{3,6}\b|rgb\(/i);
	});
	it('contains no script and no external reference', () => {
		for (const svg of charts) expect(svg).not.toMatch(/<script|href=|url\(/);
	});
});

describe('bar chart', () => {
	it('draws one bar per category with its label and its value and share', () => {
		const svg = barChart(wishToStop);
		expect(count(svg, /<rect class="hub-chart__bar /)).toBe(3);
		expect(svg).toContain('>Ne sait pas<');
		expect(spaces(svg)).toContain('7 (47 %)');
		expect(svg).toContain('Oui : 3 (20');
	});
	it('matches its snapshot', async () => {
		await expect(normaliseSvg(barChart(wishToStop))).toMatchFileSnapshot('__snapshots__/bar-chart.svg');
	});
	it('draws no bar for masked cells and never writes their values', () => {
		const svg = barChart(smallCell);
		expect(count(svg, /<rect class="hub-chart__bar /)).toBe(1);
		expect(count(svg, /data-status="small"/)).toBe(1);
		expect(count(svg, /data-status="masked"/)).toBe(1);
		expect(svg).toContain('&lt; 5');
		expect(text(svg)).not.toMatch(/\b(3|9)\b|\b(15|5) %/);
	});
	it('compares each value with its reference and writes the derived ratio', () => {
		const svg = barChart(occupancy);
		expect(count(svg, /class="hub-chart__reference"/)).toBe(2);
		expect(spaces(svg)).toContain('190,38 · 125 % des 152');
		expect(svg).toContain('Trait pointillé : places autorisées');
	});
	it('writes amounts in euros the French way', () => {
		expect(spaces(barChart(budget))).toContain('28 962,12 € (71 %)');
	});
});

describe('stacked 100 % bar', () => {
	it('draws one segment per category and a legend with every value', () => {
		const svg = stackedBar(wishToStop);
		expect(count(svg, /<rect class="hub-chart__segment /)).toBe(3);
		expect(count(svg, /class="hub-chart__legend-item"/)).toBe(3);
		expect(spaces(svg)).toMatch(/>20 %<.*>33 %<.*>47 %</);
	});
	it('matches its snapshot', async () => {
		await expect(normaliseSvg(stackedBar(wishToStop))).toMatchFileSnapshot('__snapshots__/stacked-bar.svg');
	});
	it('merges masked cells into one grey segment', () => {
		const svg = stackedBar(smallCell);
		expect(count(svg, /<rect class="hub-chart__segment hub-chart__fill/)).toBe(1);
		expect(count(svg, /<rect class="hub-chart__segment hub-chart__masked"/)).toBe(1);
		expect(svg).toContain('Moins de 13 ans : &lt; 5');
		expect(svg).toContain('13 à 15 ans : masqué');
		expect(text(svg)).not.toMatch(/\b(3|9)\b|\b(15|5) %/);
		// The grey segment covers the masked cells together (61 − 49 = 12), never one of them.
		const [, x, width] = svg.match(/hub-chart__segment hub-chart__masked" x="([\d.]+)" y="26" width="([\d.]+)"/) ?? [];
		expect(Number(x)).toBeCloseTo((49 / 61) * 480, 0);
		expect(Number(width)).toBeCloseTo((12 / 61) * 480, 0);
	});
	it('is only offered for a breakdown with a published total', () => {
		expect(canStack(wishToStop)).toBe(true);
		expect(canStack(occupancy)).toBe(false);
		expect(chartFor({ ...occupancy, chart: 'stacked' })).toContain('hub-chart--bar');
	});
});

describe('column chart', () => {
	it('draws one column per period with its value and French ticks', () => {
		const svg = columnChart(runaways);
		expect(count(svg, /<rect class="hub-chart__column /)).toBe(2);
		expect(spaces(svg)).toContain('>95 jours<');
		expect(svg).toContain('>2020<');
		expect(svg).toContain('Journées de fugue (Territoire test) : 25');
	});
	it('matches its snapshot', async () => {
		await expect(normaliseSvg(columnChart(runaways))).toMatchFileSnapshot('__snapshots__/column-chart.svg');
	});
	it('draws no column for a masked point', () => {
		const svg = columnChart(smallSeries);
		expect(count(svg, /<rect class="hub-chart__column /)).toBe(1);
		expect(svg).toContain('>&lt; 5<');
		expect(text(svg)).not.toMatch(/\b2\b/);
	});
});

describe('key figure card', () => {
	it('shows the qualifier, the figure and what is counted', () => {
		const svg = keyFigure(atLeast);
		expect(svg).toContain('>au moins<');
		expect(svg).toContain('>25<');
		expect(svg).toContain('mineur·es identifié·es sur trois ans');
	});
	it('matches its snapshot', async () => {
		await expect(normaliseSvg(keyFigure(atLeast))).toMatchFileSnapshot('__snapshots__/key-figure.svg');
	});
	it('shows a share that would reveal a small count as masked, with no trace of it', () => {
		const svg = keyFigure(girls);
		expect(svg).toContain('>masqué<');
		expect(svg).not.toMatch(/96|plus de/);
	});
});

describe('French formats in d3', () => {
	it('format ticks like src/lib/format.ts', () => {
		expect(formatTick(1234.5)).toBe(formatNumber(1234.5));
		expect(frenchLocale.format(',.0f')(40962)).toBe(formatNumber(40962, 0));
	});
});
