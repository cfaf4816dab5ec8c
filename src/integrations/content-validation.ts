import type { AstroIntegration } from 'astro';
import { validateAllContent } from '../content-loading/validate-all';

/**
 * Validates every content file before anything is built (and again when `astro dev` restarts),
 * so a coordinator sees all the problems of `content/` at once, in French.
 */
export default function contentValidation(): AstroIntegration {
	return {
		name: 'hub:content-validation',
		hooks: {
			'astro:config:setup': () => {
				validateAllContent();
			},
		},
	};
}
