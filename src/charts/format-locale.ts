/**
 * d3-format with the French conventions of `src/lib/format.ts` (decimal comma, narrow no-break
 * space between thousands, « 87 % »), for axis ticks computed by d3 scales.
 */
import { formatLocale } from 'd3-format';

export const frenchLocale = formatLocale({
	decimal: ',',
	thousands: '\u202f',
	grouping: [3],
	currency: ['', '\u00a0€'],
	percent: '\u202f%',
});

/** « 1 234,5 »: grouped thousands, trailing zeros trimmed. */
export const formatTick = frenchLocale.format(',~f');
