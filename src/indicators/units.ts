/**
 * The closed list of units an indicator may use, defined once: the schema accepts only these keys,
 * and tables, charts and CSV files take their French names and formats from here.
 */
import { formatEuros, formatNumber } from '../lib/format';

export interface UnitDefinition {
	/** French name shown in tables and CSV headers, e.g. « effectif ». */
	label: string;
	/** Word written after a value in a sentence, e.g. « jours » (empty when the format carries it). */
	suffix: string;
	/** Whether values are whole numbers of people (disclosure control applies to them). */
	countsPeople: boolean;
	/** Formats one value in French. */
	format: (value: number) => string;
}

const nbsp = '\u00a0';

export const units = {
	count: { label: 'effectif', suffix: '', countsPeople: true, format: (value) => formatNumber(value, 0) },
	share: { label: 'part (%)', suffix: '', countsPeople: false, format: (value) => `${formatNumber(value)}${'\u202f'}%` },
	days: { label: 'jours', suffix: 'jours', countsPeople: false, format: (value) => `${formatNumber(value)}${nbsp}${Math.abs(value) > 1 ? 'jours' : 'jour'}` },
	euros: { label: 'euros', suffix: '', countsPeople: false, format: (value) => (Number.isInteger(value) ? `${formatNumber(value, 0)}${nbsp}€` : formatEuros(value)) },
	FTE: { label: 'équivalents temps plein (ETP)', suffix: 'ETP', countsPeople: false, format: (value) => `${formatNumber(value)}${nbsp}ETP` },
	'child-FTE': { label: 'enfants en équivalent temps plein', suffix: 'enfants ETP', countsPeople: false, format: (value) => formatNumber(value) },
	places: { label: 'places', suffix: 'places', countsPeople: false, format: (value) => formatNumber(value, 0) },
	times: { label: 'multiplicateur', suffix: 'fois', countsPeople: false, format: (value) => `${formatNumber(value)}${nbsp}fois` },
	months: { label: 'mois', suffix: 'mois', countsPeople: false, format: (value) => `${formatNumber(value)}${nbsp}mois` },
} as const satisfies Record<string, UnitDefinition>;

export type Unit = keyof typeof units;

/** The unit keys, for `z.enum`. */
export const unitKeys = Object.keys(units) as [Unit, ...Unit[]];

/** Formats a value in its unit (« 40 962,12 € », « 204 j », « 87 % »). */
export function formatInUnit(value: number, unit: Unit): string {
	return units[unit].format(value);
}
