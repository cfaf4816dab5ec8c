/**
 * Disclosure control (anonymisation), applied at build time to every dataset before anything is
 * rendered. Pages, charts, tables and downloads receive only the published form made here: a
 * masked value is not hidden by the template, it is absent from the data the template gets.
 *
 * Rules, for a dataset marked `sensitive` (people counted are minors or victims):
 * - primary suppression: a count from 1 to threshold − 1 (threshold 5 by default, never lower)
 *   is published as « < 5 »;
 * - secondary suppression: when the total is published, more cells are masked until no masked
 *   cell can be worked out from the total and the cells shown;
 * - a share that lets a reader recompute such a count (« plus de 96 % des 25 ») is masked.
 * Zero is shown: it identifies nobody.
 */
import type { Indicator } from '../schemas/indicator';
import { mentionRanks, type MentionRank, type Qualifier } from './vocabulary';
import { round, percent } from './shares';
import { units } from './units';

export const defaultThreshold = 5;

/** One published value: shown, « < 5 » (primary suppression) or masked (secondary suppression). */
export type PublishedCell =
	| { status: 'shown'; value: number; upTo?: number; share?: number; ratio?: number }
	| { status: 'small'; below: number }
	| { status: 'masked' };

export interface PublishedCategory {
	label: string;
	cell: PublishedCell;
	reference?: number;
	note?: string;
}

export type PublishedValues =
	| { kind: 'categories'; total?: PublishedCell; multiple: boolean; referenceLabel?: string; categories: PublishedCategory[] }
	| { kind: 'series'; points: { label: string; cell: PublishedCell; note?: string }[] }
	| { kind: 'figure'; cell: PublishedCell; qualifier: Qualifier; outOf?: number; label?: string }
	| { kind: 'mentions'; items: { label: string; rank: MentionRank; rankLabel: string; note?: string | undefined }[] };

/** A dataset as it may be published: raw values of masked cells are gone. */
export type PublishedIndicator = Omit<Indicator, 'values' | 'disclosure'> & {
	values: PublishedValues;
	threshold: number;
	/** How many values were masked, to explain it under the chart. */
	masked: { primary: number; secondary: number };
};

export function thresholdOf(dataset: Pick<Indicator, 'disclosure'>): number {
	return Math.max(defaultThreshold, dataset.disclosure?.threshold ?? defaultThreshold);
}

/** Whether a count must be published as « < threshold » (primary suppression). */
export function isSmallCount(value: number, threshold: number): boolean {
	return value >= 1 && value < threshold;
}

interface Bounds {
	min: number;
	max: number;
}

/**
 * For each masked cell, the values a reader could deduce from the total and the cells shown,
 * knowing that a « < 5 » cell is between 1 and threshold − 1 and a masked cell at least threshold.
 * A cell is exposed when only one value remains.
 */
function exposedCells(values: number[], suppressed: Set<number>, primary: Set<number>, total: number, threshold: number): number[] {
	const hiddenSum = total - values.reduce((sum, value, index) => (suppressed.has(index) ? sum : sum + value), 0);
	const bounds = new Map<number, Bounds>();
	for (const index of suppressed) {
		bounds.set(index, primary.has(index) ? { min: 1, max: threshold - 1 } : { min: threshold, max: hiddenSum });
	}
	const exposed: number[] = [];
	for (const [index, own] of bounds) {
		let othersMin = 0;
		let othersMax = 0;
		for (const [other, b] of bounds) {
			if (other === index) continue;
			othersMin += b.min;
			othersMax += b.max;
		}
		const min = Math.max(own.min, hiddenSum - othersMax);
		const max = Math.min(own.max, hiddenSum - othersMin);
		if (min >= max) exposed.push(index);
	}
	return exposed;
}

/**
 * Primary and secondary suppression of a breakdown whose total is published.
 * Returns the indexes masked by each rule.
 */
export function suppressBreakdown(values: number[], total: number | undefined, threshold: number): { primary: Set<number>; secondary: Set<number>; totalMasked: boolean } {
	const primary = new Set(values.flatMap((value, index) => (isSmallCount(value, threshold) ? [index] : [])));
	const secondary = new Set<number>();
	if (total === undefined || primary.size === 0) return { primary, secondary, totalMasked: false };
	const suppressed = new Set(primary);
	while (exposedCells(values, suppressed, primary, total, threshold).length > 0) {
		// Mask the smallest cell still shown (zeros identify nobody and protect nothing).
		const candidates = values.map((value, index) => ({ value, index })).filter(({ value, index }) => !suppressed.has(index) && value > 0);
		if (candidates.length === 0) return { primary, secondary, totalMasked: true };
		candidates.sort((a, b) => a.value - b.value || a.index - b.index);
		const next = candidates[0]!.index;
		suppressed.add(next);
		secondary.add(next);
	}
	return { primary, secondary, totalMasked: false };
}

/**
 * The counts a share could stand for: `share` % of `outOf` people, as qualified by the source.
 * Conservative: the interval is widened by the rounding of the published share.
 */
export function impliedCounts(share: number, outOf: number, qualifier: Qualifier, upTo?: number, digits = 0): Bounds {
	const halfStep = 0.5 * 10 ** -digits;
	const low = share - halfStep;
	const high = upTo ?? (qualifier === 'au-moins' || qualifier === 'plus-de' ? 100 : share + halfStep);
	return {
		min: Math.max(0, Math.floor((low * outOf) / 100)),
		max: Math.min(outOf, Math.ceil(((high + (upTo !== undefined ? halfStep : 0)) * outOf) / 100)),
	};
}

function intersectsSmall(bounds: Bounds, threshold: number): boolean {
	return bounds.max >= 1 && bounds.min <= threshold - 1;
}

/** Whether a share of `outOf` people lets a reader recompute a small count (in the group or outside it). */
export function shareRevealsSmallCount(share: number, outOf: number, qualifier: Qualifier, threshold: number, upTo?: number, digits = 0): boolean {
	const inside = impliedCounts(share, outOf, qualifier, upTo, digits);
	const outside = { min: outOf - inside.max, max: outOf - inside.min };
	return intersectsSmall(inside, threshold) || intersectsSmall(outside, threshold);
}

function publishCategories(dataset: Indicator & { values: { kind: 'categories' } }, threshold: number, protect: boolean) {
	const { values, shareDigits } = dataset;
	const raw = values.categories.map((category) => category.value);
	const total = values.total;
	const rule = protect ? suppressBreakdown(raw, values.multiple ? undefined : total, threshold) : { primary: new Set<number>(), secondary: new Set<number>(), totalMasked: false };
	const categories: PublishedCategory[] = values.categories.map((category, index) => {
		let cell: PublishedCell;
		if (rule.primary.has(index)) cell = { status: 'small', below: threshold };
		else if (rule.secondary.has(index)) cell = { status: 'masked' };
		else {
			cell = { status: 'shown', value: category.value };
			const share = total !== undefined && dataset.unit !== 'share' ? percent(category.value, total, shareDigits) : undefined;
			if (share !== undefined) cell.share = share;
			const ratio = category.reference !== undefined ? percent(category.value, category.reference, 0) : undefined;
			if (ratio !== undefined) cell.ratio = ratio;
		}
		return {
			label: category.label,
			cell,
			...(category.reference !== undefined ? { reference: category.reference } : {}),
			...(category.note !== undefined ? { note: category.note } : {}),
		};
	});
	const published: PublishedValues = {
		kind: 'categories',
		multiple: values.multiple,
		categories,
		...(values.referenceLabel !== undefined ? { referenceLabel: values.referenceLabel } : {}),
		...(total !== undefined ? { total: rule.totalMasked ? ({ status: 'masked' } as const) : ({ status: 'shown', value: total } as const) } : {}),
	};
	return { published, primary: rule.primary.size, secondary: rule.secondary.size + (rule.totalMasked ? 1 : 0) };
}

/**
 * Applies the disclosure rules to a validated dataset and returns what may be published.
 * Non-sensitive datasets and values that do not count people (days, euros, places) pass unchanged.
 */
export function publishIndicator(dataset: Indicator): PublishedIndicator {
	const threshold = thresholdOf(dataset);
	const { values, disclosure: _disclosure, ...rest } = dataset;
	const protect = dataset.sensitive && units[dataset.unit].countsPeople;
	let published: PublishedValues;
	let primary = 0;
	let secondary = 0;
	const countCell = (value: number, upTo?: number): PublishedCell => {
		if (protect && isSmallCount(upTo ?? value, threshold)) {
			primary += 1;
			return { status: 'small', below: threshold };
		}
		return upTo === undefined ? { status: 'shown', value } : { status: 'shown', value, upTo };
	};
	switch (values.kind) {
		case 'categories': {
			const result = publishCategories(dataset as Indicator & { values: { kind: 'categories' } }, threshold, protect);
			published = result.published;
			primary = result.primary;
			secondary = result.secondary;
			break;
		}
		case 'series':
			published = { kind: 'series', points: values.points.map((point) => ({ label: point.label, cell: countCell(point.value), ...(point.note ? { note: point.note } : {}) })) };
			break;
		case 'figure': {
			let cell: PublishedCell;
			if (dataset.sensitive && dataset.unit === 'share' && values.outOf !== undefined && shareRevealsSmallCount(values.value, values.outOf, values.qualifier, threshold, values.upTo, dataset.shareDigits)) {
				cell = { status: 'masked' };
				secondary += 1;
			} else {
				cell = countCell(values.value, values.upTo);
				// « 14 sur 15 » also reads « soit 93,3 % »: the share is derived here, like every share.
				if (cell.status === 'shown' && dataset.unit !== 'share' && values.outOf !== undefined && values.upTo === undefined) {
					const share = percent(values.value, values.outOf, dataset.shareDigits);
					if (share !== undefined) cell.share = share;
				}
			}
			published = {
				kind: 'figure',
				cell,
				qualifier: values.qualifier,
				...(values.outOf !== undefined ? { outOf: values.outOf } : {}),
				...(values.label !== undefined ? { label: values.label } : {}),
			};
			break;
		}
		case 'mentions':
			published = { kind: 'mentions', items: values.items.map((item) => ({ ...item, rankLabel: mentionRanks[item.rank] })) };
			break;
	}
	return { ...rest, values: published, threshold, masked: { primary, secondary } };
}

/** Text of a published cell: the value in its unit, « < 5 » or « masqué ». */
export function cellText(cell: PublishedCell, format: (value: number) => string): string {
	if (cell.status === 'small') return `< ${cell.below}`;
	if (cell.status === 'masked') return 'masqué';
	return cell.upTo === undefined ? format(cell.value) : `${format(cell.value)} à ${format(cell.upTo)}`;
}

/** The values a masked cell had, kept only for the leak check of `findLeaks` (never published). */
export function maskedRawValues(dataset: Indicator, published: PublishedIndicator): number[] {
	const values = dataset.values;
	const pub = published.values;
	const raw: number[] = [];
	if (values.kind === 'categories' && pub.kind === 'categories') {
		pub.categories.forEach((category, index) => {
			if (category.cell.status !== 'shown') {
				const value = values.categories[index]!.value;
				raw.push(value);
				if (values.total) raw.push(round((value / values.total) * 100, 0));
			}
		});
	} else if (values.kind === 'figure' && pub.kind === 'figure' && pub.cell.status !== 'shown') {
		raw.push(values.value);
		if (values.upTo !== undefined) raw.push(values.upTo);
	} else if (values.kind === 'series' && pub.kind === 'series') {
		pub.points.forEach((point, index) => point.cell.status !== 'shown' && raw.push(values.points[index]!.value));
	}
	return raw;
}

/**
 * Percentages that disclosure control masks (a masked share, or the share of a masked cell), for
 * checks over the whole built site: no page may quote them, whoever wrote it.
 */
export function maskedPercentages(dataset: Indicator, published: PublishedIndicator): number[] {
	const values = dataset.values;
	const pub = published.values;
	if (values.kind === 'figure' && pub.kind === 'figure' && pub.cell.status !== 'shown' && dataset.unit === 'share') return [values.value, ...(values.upTo !== undefined ? [values.upTo] : [])];
	if (values.kind === 'categories' && pub.kind === 'categories' && values.total) {
		const total = values.total;
		return pub.categories.flatMap((category, index) => (category.cell.status === 'shown' ? [] : [percent(values.categories[index]!.value, total, dataset.shareDigits) ?? 0]));
	}
	return [];
}

/**
 * Free text written by authors (title, method, notes) must not quote a masked value either:
 * returns the masked percentages or counts (two digits or more) found in it.
 */
export function findLeaks(dataset: Indicator, published: PublishedIndicator): string[] {
	const raw = maskedRawValues(dataset, published).filter((value) => value >= 10);
	if (raw.length === 0) return [];
	const texts = [dataset.title, dataset.method, dataset.population ?? '', ...(dataset.values.kind === 'categories' ? dataset.values.categories.map((c) => c.note ?? '') : [])].join('\n');
	return raw.flatMap((value) => {
		const digits = String(value).replace('.', '[.,]');
		return new RegExp(`(?<![\\d.,])${digits}(?![\\d]|[.,]\\d)`).test(texts) ? [String(value)] : [];
	});
}
