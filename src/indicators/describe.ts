/**
 * Words generated from a published dataset: the text of a value (« 11 (73 %) », « < 5 »), the
 * headline of a key figure, and the sentence that describes a chart to screen-reader users
 * (`<desc>`). Only published values are used, so a masked value cannot appear here.
 */
import { formatNumber } from '../lib/format';
import { qualifiers } from '../schemas/indicator';
import { cellText, type PublishedCell, type PublishedIndicator } from './disclosure';
import { formatInUnit, type Unit } from './units';

/** « 73 % » (or « 93,3 % ») for a derived share already rounded by `shares.ts`. */
export function shareText(share: number): string {
	return `${formatNumber(share)}\u202f%`;
}

/** The value of a cell in its unit: « 11 », « 40 962,12 € », « < 5 », « masqué ». */
export function valueText(cell: PublishedCell, unit: Unit): string {
	return cellText(cell, (value) => formatInUnit(value, unit));
}

/** The value with its derived share when there is one: « 11 (73 %) ». */
export function valueWithShare(cell: PublishedCell, unit: Unit): string {
	const text = valueText(cell, unit);
	return cell.status === 'shown' && cell.share !== undefined ? `${text} (${shareText(cell.share)})` : text;
}

/** Headline of a single figure: « au moins 25 », « 7 000 à 10 000 », « 12 sur 15 ». */
export function figureHeadline(indicator: PublishedIndicator): { value: string; prefix: string; detail: string } {
	const values = indicator.values;
	if (values.kind !== 'figure') throw new Error(`${indicator.id} n’est pas un chiffre unique`);
	const { cell } = values;
	const prefix = cell.status === 'shown' ? qualifiers[values.qualifier] : '';
	let value = valueText(cell, indicator.unit);
	let detail = '';
	if (cell.status === 'shown' && values.outOf !== undefined && indicator.unit !== 'share') {
		value = `${value} sur ${formatNumber(values.outOf, 0)}`;
		if (cell.share !== undefined) detail = `soit ${values.qualifier === 'au-moins' ? 'au moins ' : ''}${shareText(cell.share)}`;
	}
	if (cell.status === 'masked') detail = 'valeur masquée : elle permettrait de compter un très petit nombre de personnes';
	if (cell.status === 'small') detail = 'effectif inférieur au seuil de diffusion';
	return { value, prefix, detail };
}

function lowerFirst(text: string): string {
	return text.charAt(0).toLowerCase() + text.slice(1);
}

/** One or two French sentences describing the published values, for `<desc>` and summaries. */
export function describeIndicator(indicator: PublishedIndicator): string {
	const { values, unit } = indicator;
	const where = `${indicator.geography}, ${indicator.period}`;
	switch (values.kind) {
		case 'categories': {
			const parts = values.categories.map((category) => `${category.label} : ${valueWithShare(category.cell, unit)}${category.reference !== undefined && category.cell.status === 'shown' && category.cell.ratio !== undefined ? `, soit ${shareText(category.cell.ratio)} des ${formatNumber(category.reference)} ${values.referenceLabel ?? 'de référence'}` : ''}`);
			const total = values.total ? ` Total : ${valueText(values.total, unit)}.` : '';
			const multiple = values.multiple ? ' Plusieurs réponses possibles.' : '';
			const masked = indicator.masked.primary + indicator.masked.secondary > 0 ? ' Certaines valeurs sont masquées pour protéger de petits effectifs.' : '';
			return `${indicator.title} (${where}). ${parts.join(' ; ')}.${total}${multiple}${masked}`;
		}
		case 'series': {
			const parts = values.points.map((point) => `${valueText(point.cell, unit)} en ${point.label}`);
			return `${indicator.title} (${indicator.geography}) : ${parts.join(', puis ')}.`;
		}
		case 'figure': {
			const { value, prefix, detail } = figureHeadline(indicator);
			if (values.cell.status !== 'shown') return `${indicator.title} : ${value} (${detail}) — ${where}.`;
			const label = values.label ?? lowerFirst(indicator.title);
			return `${[prefix, value].filter(Boolean).join(' ')} ${label}${detail ? ` (${detail})` : ''} — ${where}.`.replace(/^./, (c) => c.toUpperCase());
		}
		case 'mentions': {
			const first = values.items.filter((item) => item.rank === 'principal').map((item) => item.label);
			const others = values.items.filter((item) => item.rank !== 'principal').map((item) => item.label);
			const lead = first.length > 0 ? `Cité en premier : ${first.join(', ')}.` : '';
			const rest = others.length > 0 ? ` ${first.length > 0 ? 'Également cités' : 'Cités'} : ${others.map(lowerFirst).join(' ; ')}.` : '';
			return `${indicator.title} (${where}). ${[lead, rest.trim()].filter(Boolean).join(' ')}`;
		}
	}
}

/**
 * The key figure of a dataset for the cards of `/indicateurs/`: a single figure as it is; for a
 * breakdown, its total when it is an amount (budget, places), otherwise the share of its first
 * category; `undefined` when nothing may be shown.
 */
export function headline(indicator: PublishedIndicator): { value: string; prefix: string; label: string; detail: string } | undefined {
	const { values } = indicator;
	if (values.kind === 'figure') {
		const { value, prefix, detail } = figureHeadline(indicator);
		return { value, prefix, label: values.label ?? indicator.title, detail };
	}
	if (values.kind !== 'categories') return undefined;
	if (values.total?.status === 'shown' && indicator.unit !== 'count') {
		return { value: formatInUnit(values.total.value, indicator.unit), prefix: '', label: indicator.title, detail: '' };
	}
	const first = values.categories[0];
	if (!first || first.cell.status !== 'shown' || first.cell.share === undefined || values.total?.status !== 'shown') return undefined;
	return {
		value: shareText(first.cell.share),
		prefix: '',
		label: `${indicator.title} : « ${first.label} »`,
		detail: `${valueText(first.cell, indicator.unit)} sur ${valueText(values.total, indicator.unit)}`,
	};
}
