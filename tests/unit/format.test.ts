import { describe, expect, it } from 'vitest';
import { formatDate, formatEuros, formatNumber, formatShare } from '../../src/lib/format';

// Intl writes a narrow no-break space before « € » and « % » and between thousands in fr-FR.
const spaces = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('French formats', () => {
	it('writes dates in words', () => {
		expect(formatDate('2026-11-29')).toBe('29 novembre 2026');
	});
	it('groups thousands and uses a decimal comma', () => {
		expect(spaces(formatEuros(40962.12))).toBe('40 962,12 €');
		expect(spaces(formatNumber(327.09))).toBe('327,09');
	});
	it('writes shares as percentages', () => {
		expect(spaces(formatShare(0.87))).toBe('87 %');
	});
});
