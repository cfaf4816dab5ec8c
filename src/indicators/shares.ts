/**
 * The one place where shares are derived and rounded. Datasets store counts; every share shown
 * on a page, in a chart, a table or a CSV file comes from `percent()`, so a figure is rounded once
 * and reads the same everywhere.
 */

/** Rounds half away from zero to `digits` decimals, without binary artefacts (1.005 -> 1.01). */
export function round(value: number, digits = 0): number {
	const factor = 10 ** digits;
	return Math.sign(value) * Math.round((Math.abs(value) + Number.EPSILON) * factor) / factor;
}

/** `part` as a percentage of `whole`, rounded to `digits` decimals (11 of 15 -> 73). */
export function percent(part: number, whole: number, digits = 0): number | undefined {
	if (!(whole > 0)) return undefined;
	return round((part / whole) * 100, digits);
}
