import type { AstroIntegration } from 'astro';
import { checkPageAcronyms, formatMissingAcronyms, MissingAcronymsError } from './check-pages';
import { loadAllowedAcronyms, loadGlossary } from './load';

/**
 * Checks the glossary when the site is built or served: every entry valid (schema, duplicates,
 * related ids, all problems at once) and every acronym used in a page of `content/pages/` known.
 * `astro build` stops with a French report; `astro dev` prints it and keeps serving.
 */
export function glossaryCheck(): AstroIntegration {
	return {
		name: 'hub-glossary-check',
		hooks: {
			'astro:config:setup': ({ command, logger }) => {
				if (command !== 'build' && command !== 'dev') return;
				const glossary = loadGlossary();
				const missing = checkPageAcronyms({ glossary, allowed: loadAllowedAcronyms() });
				if (missing.length === 0) {
					logger.info(`Lexique : ${glossary.length} entrées, chaque sigle des pages a son entrée.`);
					return;
				}
				if (command === 'build') throw new MissingAcronymsError(missing);
				logger.error(formatMissingAcronyms(missing));
			},
		},
	};
}
