import { describe, expect, it } from 'vitest';
import { createShiftCounter } from '../../src/scripts/quick-exit';

describe('quick exit shortcut', () => {
	it('fires on the third Shift press within the time window', () => {
		const counter = createShiftCounter(3, 5000);
		expect(counter.press(0)).toBe(false);
		expect(counter.press(1000)).toBe(false);
		expect(counter.press(2000)).toBe(true);
	});

	it('does not fire when the presses are too far apart', () => {
		const counter = createShiftCounter(3, 5000);
		counter.press(0);
		counter.press(3000);
		expect(counter.press(6000)).toBe(false);
		expect(counter.press(7000)).toBe(true);
	});

	it('starts again after another key', () => {
		const counter = createShiftCounter(3, 5000);
		counter.press(0);
		counter.press(100);
		counter.reset();
		expect(counter.press(200)).toBe(false);
	});
});
