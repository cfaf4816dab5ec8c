/**
 * Colours of the marks are CSS classes, not hex codes: `src/styles/charts.css` maps them to a
 * colour-blind-safe palette (Okabe–Ito) tuned for the light theme, the dark theme and print, each
 * colour at least 3:1 against the page background. Text uses `currentColor`.
 */
export const paletteSize = 6;

/** Class of the n-th series colour (cycles through the palette). */
export function fillClass(index: number): string {
	return `hub-chart__fill-${(index % paletteSize) + 1}`;
}

/** Class of the placeholder drawn for masked values. */
export const maskedClass = 'hub-chart__masked';
