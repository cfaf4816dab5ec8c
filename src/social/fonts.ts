import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { SatoriOptions } from 'satori';

/**
 * Font files of the social cards: Atkinson Hyperlegible (designed for low-vision readers) from
 * `@fontsource/atkinson-hyperlegible`, in WOFF, which satori reads (it cannot read WOFF2).
 * The Latin subset covers French (accents, œ, ’, the middle dot of « mineur·es »).
 */
export const cardFontFiles = [
	{ weight: 400, file: '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-400-normal.woff' },
	{ weight: 700, file: '@fontsource/atkinson-hyperlegible/files/atkinson-hyperlegible-latin-700-normal.woff' },
] as const;

/** Name under which the fonts are given to satori. */
export const cardFontFamily = 'Atkinson Hyperlegible';

const require = createRequire(import.meta.url);

/** Absolute paths of the font files (to read them, or to hash them for the image cache). */
export function cardFontPaths(): string[] {
	return cardFontFiles.map(({ file }) => require.resolve(file));
}

let cached: SatoriOptions['fonts'] | undefined;

/** The fonts in satori's format, read once. */
export function loadCardFonts(): SatoriOptions['fonts'] {
	cached ??= cardFontFiles.map(({ weight, file }) => ({
		name: cardFontFamily,
		data: readFileSync(require.resolve(file)),
		weight,
		style: 'normal' as const,
	}));
	return cached;
}
