import { describe, expect, it } from 'vitest';
import { IndicatorSchema, type IndicatorInput } from '../../../src/schemas/indicator';
import { cellText, findLeaks, impliedCounts, publishIndicator, shareRevealsSmallCount, suppressBreakdown } from '../../../src/indicators/disclosure';
import { percent, round } from '../../../src/indicators/shares';

const base = {
	id: 'test',
	title: 'Jeu de test',
	unit: 'count',
	population: 'mineur·es accompagné·es',
	sensitive: true,
	period: '2023',
	geography: 'Territoire test',
	source: { title: 'Source de test' },
	method: 'Données inventées pour le test.',
} satisfies Partial<IndicatorInput>;

const dataset = (values: IndicatorInput['values'], extra: Partial<IndicatorInput> = {}) => IndicatorSchema.parse({ ...base, ...extra, values });
const categories = (counts: number[], total?: number) => ({
	kind: 'categories' as const,
	...(total !== undefined ? { total } : {}),
	categories: counts.map((count, index) => ({ label: `C${index}`, count })),
});

describe('shares', () => {
	it('rounds half away from zero once, without binary artefacts', () => {
		expect(round(1.005, 2)).toBe(1.01);
		expect(round(86.666, 0)).toBe(87);
		expect(round(93.333, 1)).toBe(93.3);
	});
	it('derives a share from a count and its total', () => {
		expect(percent(13, 15)).toBe(87);
		expect(percent(14, 15, 1)).toBe(93.3);
		expect(percent(1, 0)).toBeUndefined();
	});
});

describe('primary suppression', () => {
	it('shows counts from 1 to 4 as « < 5 » in a sensitive dataset and keeps zero', () => {
		const published = publishIndicator(dataset(categories([0, 3, 12])));
		const cells = published.values.kind === 'categories' ? published.values.categories.map((c) => c.cell) : [];
		expect(cells[0]).toEqual({ status: 'shown', value: 0 });
		expect(cells[1]).toEqual({ status: 'small', below: 5 });
		expect(cells[2]).toMatchObject({ status: 'shown', value: 12 });
		expect(cellText(cells[1]!, String)).toBe('< 5');
	});
	it('leaves a count equal to the threshold visible', () => {
		const published = publishIndicator(dataset(categories([5, 12])));
		expect(published.values.kind === 'categories' && published.values.categories[0]!.cell).toMatchObject({ status: 'shown', value: 5 });
	});
	it('uses a higher threshold set on the dataset', () => {
		const published = publishIndicator(dataset(categories([7, 12]), { disclosure: { threshold: 10 } }));
		expect(published.values.kind === 'categories' && published.values.categories[0]!.cell).toEqual({ status: 'small', below: 10 });
	});
	it('masks nothing in a dataset that is not sensitive', () => {
		const published = publishIndicator(dataset(categories([1, 14], 15), { sensitive: false }));
		expect(published.masked).toEqual({ primary: 0, secondary: 0 });
	});
	it('masks nothing in values that do not count people (days)', () => {
		const published = publishIndicator(dataset({ kind: 'series', points: [{ label: '2020', value: 2 }, { label: '2021', value: 3 }] }, { unit: 'days' }));
		expect(published.masked.primary).toBe(0);
	});
	it('masks a small count in a series and a small single figure', () => {
		const series = publishIndicator(dataset({ kind: 'series', points: [{ label: '2020', value: 2 }, { label: '2021', value: 30 }] }));
		expect(series.values.kind === 'series' && series.values.points.map((p) => p.cell.status)).toEqual(['small', 'shown']);
		const figure = publishIndicator(dataset({ kind: 'figure', value: 3 }));
		expect(figure.values.kind === 'figure' && figure.values.cell).toEqual({ status: 'small', below: 5 });
	});
});

describe('secondary suppression', () => {
	it('masks a second cell so the small one cannot be worked out from the total', () => {
		const rule = suppressBreakdown([1, 24], 25, 5);
		expect([...rule.primary]).toEqual([0]);
		expect([...rule.secondary]).toEqual([1]);
	});
	it('masks the smallest other cell, not the largest', () => {
		const rule = suppressBreakdown([2, 9, 30, 11], 52, 5);
		expect([...rule.secondary]).toEqual([1]);
	});
	it('needs no secondary cell when two small cells hide each other', () => {
		const rule = suppressBreakdown([2, 3, 20], 25, 5);
		expect(rule.secondary.size).toBe(0);
	});
	it('adds a cell when two small cells would be pinned by their known sum', () => {
		// 1 + 1 = 2: both « < 5 » cells could only be 1.
		const rule = suppressBreakdown([1, 1, 13], 15, 5);
		expect([...rule.secondary]).toEqual([2]);
	});
	it('masks the total when nothing else can hide the small cell', () => {
		// 1 + 5 = 6: even with both masked, 5 is the only masked value ≥ 5, so 1 is exposed.
		const rule = suppressBreakdown([1, 5], 6, 5);
		expect(rule.totalMasked).toBe(true);
	});
	it('needs no secondary suppression without a published total', () => {
		expect(suppressBreakdown([1, 24], undefined, 5).secondary.size).toBe(0);
	});
	it('gives no share for masked cells and shares for shown ones', () => {
		const published = publishIndicator(dataset(categories([1, 6, 18], 25)));
		if (published.values.kind !== 'categories') throw new Error('categories expected');
		expect(published.values.categories.map((c) => c.cell)).toEqual([{ status: 'small', below: 5 }, { status: 'masked' }, { status: 'shown', value: 18, share: 72 }]);
		expect(published.values.total).toEqual({ status: 'shown', value: 25 });
		expect(published.masked).toEqual({ primary: 1, secondary: 1 });
	});
	it('does not apply secondary suppression to multiple-answer questions', () => {
		const published = publishIndicator(dataset({ ...categories([2, 20], 25), multiple: true }));
		if (published.values.kind !== 'categories') throw new Error('categories expected');
		expect(published.values.categories.map((c) => c.cell.status)).toEqual(['small', 'shown']);
	});
});

describe('shares that reveal a small count', () => {
	it('masks « more than 96 % girls out of 25 »: the rest is at most one child', () => {
		expect(impliedCounts(96, 25, 'plus-de')).toEqual({ min: 23, max: 25 });
		expect(shareRevealsSmallCount(96, 25, 'plus-de', 5)).toBe(true);
		const published = publishIndicator(dataset({ kind: 'figure', value: 96, qualifier: 'plus-de', outOf: 25 }, { unit: 'share' }));
		expect(published.values.kind === 'figure' && published.values.cell).toEqual({ status: 'masked' });
		expect(JSON.stringify(published)).not.toContain('96');
	});
	it('keeps a share whose implied counts are all large', () => {
		expect(shareRevealsSmallCount(30, 42, 'exact', 5)).toBe(false);
		expect(shareRevealsSmallCount(48, 25, 'exact', 5)).toBe(false);
	});
	it('masks a share of a small group', () => {
		expect(shareRevealsSmallCount(10, 30, 'exact', 5)).toBe(true);
	});
	it('keeps a share when the number of people is not known', () => {
		const published = publishIndicator(dataset({ kind: 'figure', value: 95, upTo: 100 }, { unit: 'share' }));
		expect(published.values.kind === 'figure' && published.values.cell).toEqual({ status: 'shown', value: 95, upTo: 100 });
	});
});

describe('free text', () => {
	it('rejects a method that quotes a masked percentage', () => {
		const result = IndicatorSchema.safeParse({ ...base, unit: 'share', method: 'Plus de 96 % de filles selon la source.', values: { kind: 'figure', value: 96, qualifier: 'plus-de', outOf: 25 } });
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message.includes('« 96 »')])).toEqual([['method', true]]);
	});
	it('accepts a method that does not quote it', () => {
		const input = dataset({ kind: 'figure', value: 96, qualifier: 'plus-de', outOf: 25 }, { unit: 'share', method: 'Très grande majorité de filles (2023, 25 mineur·es).' });
		expect(findLeaks(input, publishIndicator(input))).toEqual([]);
	});
});
