import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { i18nLoader } from '@astrojs/starlight/loaders';
import { docsSchema, i18nSchema } from '@astrojs/starlight/schema';
import { contentRoot } from './content-loading/content-root';

/**
 * Guidance pages are MDX in `content/pages/` (Starlight's `docs` collection, read from the
 * content root so another territory can bring its own). Structured data (terms, partners,
 * events, questionnaires, indicators) is YAML in `content/`, loaded and validated by the
 * modules of `src/content-loading/` with French error messages.
 */
export const collections = {
	docs: defineCollection({
		loader: glob({ base: `${contentRoot()}/pages`, pattern: '**/[^_]*.{md,mdx}' }),
		schema: docsSchema(),
	}),
	// French interface strings that Starlight gets wrong (accents of the theme picker's label):
	// code, not territory content, so they stay in `src/content/i18n/`.
	i18n: defineCollection({ loader: i18nLoader(), schema: i18nSchema() }),
};
