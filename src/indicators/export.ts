/**
 * The downloadable files of a dataset (`/indicateurs/donnees/<id>.csv` and `.json`), written
 * from the published form only: a masked value has no number in them, just its status.
 * CSV: RFC 4180 (comma, double quotes), UTF-8, decimal point, one row per value, with the source
 * and period on every row so a row read alone keeps its context.
 */
import { csvFormatRows } from 'd3-dsv';
import type { Source } from '../schemas/source';
import type { PublishedCell, PublishedIndicator } from './disclosure';
import { units } from './units';

export const csvColumns = ['jeu', 'libelle', 'valeur', 'valeur_haute', 'unite', 'part_pct', 'reference', 'diffusion', 'note', 'periode', 'territoire', 'source'] as const;

function status(cell: PublishedCell): string {
	if (cell.status === 'small') return `< ${cell.below}`;
	if (cell.status === 'masked') return 'masqué';
	return 'publié';
}

/** One CSV row per published value. */
export function toCsvRows(indicator: PublishedIndicator): string[][] {
	const { values } = indicator;
	const unit = units[indicator.unit].label;
	const context = [indicator.period, indicator.geography, indicator.source.title];
	const row = (label: string, cell: PublishedCell | undefined, extra: { reference?: number | undefined; note?: string | undefined } = {}) => [
		indicator.id,
		label,
		cell?.status === 'shown' ? String(cell.value) : '',
		cell?.status === 'shown' && cell.upTo !== undefined ? String(cell.upTo) : '',
		cell ? unit : '',
		cell?.status === 'shown' && cell.share !== undefined ? String(cell.share) : '',
		extra.reference !== undefined ? String(extra.reference) : '',
		cell ? status(cell) : '',
		extra.note ?? '',
		...context,
	];
	switch (values.kind) {
		case 'categories':
			return [
				...values.categories.map((category) => row(category.label, category.cell, category)),
				...(values.total ? [row('Total', values.total, values.multiple ? { note: 'plusieurs réponses possibles' } : {})] : []),
			];
		case 'series':
			return values.points.map((point) => row(point.label, point.cell, point));
		case 'figure':
			return [row(values.label ?? indicator.title, values.cell, values.outOf !== undefined ? { note: `sur ${values.outOf}` } : {})];
		case 'mentions':
			return values.items.map((item) => row(item.label, undefined, { note: item.note ? `${item.rankLabel} ; ${item.note}` : item.rankLabel }));
	}
}

export function toCsv(indicator: PublishedIndicator): string {
	return `${csvFormatRows([[...csvColumns], ...toCsvRows(indicator)])}\n`;
}

/** The JSON download: metadata, licence and published values (cells carry their status). */
export function toJson(indicator: PublishedIndicator, licence: Source): string {
	const { masked, threshold, values, featured: _featured, chart: _chart, order: _order, ...metadata } = indicator as PublishedIndicator & { sourceFile?: string };
	delete (metadata as { sourceFile?: string }).sourceFile;
	return `${JSON.stringify(
		{
			...metadata,
			unitLabel: units[indicator.unit].label,
			licence,
			disclosure: indicator.sensitive
				? { threshold, rule: `Effectifs de 1 à ${threshold - 1} publiés « < ${threshold} » ; autres valeurs masquées quand elles permettraient de les retrouver.`, masked: masked.primary + masked.secondary }
				: { threshold: null, rule: 'Jeu non sensible : aucune valeur masquée.', masked: 0 },
			values,
		},
		null,
		2,
	)}\n`;
}
