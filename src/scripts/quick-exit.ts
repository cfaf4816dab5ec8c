import { quickExitDestination, shiftPressesToExit, shiftWindowMs } from './quick-exit-config';

/**
 * Counts Shift presses: returns true when `shiftPressesToExit` presses fall within `shiftWindowMs`.
 * Pure (time is passed in) so that it is unit-tested without a browser.
 */
export function createShiftCounter(presses = shiftPressesToExit, windowMs = shiftWindowMs) {
	let times: number[] = [];
	return {
		/** Records a Shift press at `now` (ms); true when the exit should happen. */
		press(now: number): boolean {
			times = [...times.filter((time) => now - time < windowMs), now];
			if (times.length >= presses) {
				times = [];
				return true;
			}
			return false;
		},
		/** Forgets earlier presses (another key was pressed in between). */
		reset() {
			times = [];
		},
	};
}

/** Blanks the page at once, tells screen readers, then replaces the history entry. */
export function exitNow(doc: Document, win: Window, destination = quickExitDestination): void {
	const status = doc.querySelector('[data-quick-exit-status]');
	if (status) status.textContent = 'Sortie du site en cours.';
	doc.documentElement.classList.add('quick-exit-active');
	doc.title = 'Nouvel onglet';
	win.location.replace(destination);
}

/** Wires the button and the Shift x3 shortcut; undoes the blanking when the page comes back from the back/forward cache. */
export function installQuickExit(doc: Document, win: Window): void {
	const counter = createShiftCounter();
	for (const link of doc.querySelectorAll<HTMLAnchorElement>('[data-quick-exit]')) {
		link.addEventListener('click', (event) => {
			event.preventDefault();
			exitNow(doc, win, link.href);
		});
	}
	doc.addEventListener('keydown', (event) => {
		if (event.key !== 'Shift') {
			counter.reset();
			return;
		}
		// A held key repeats: count real presses only.
		if (event.repeat) return;
		if (counter.press(event.timeStamp)) exitNow(doc, win);
	});
	win.addEventListener('pageshow', (event) => {
		if (event.persisted) doc.documentElement.classList.remove('quick-exit-active');
	});
}
