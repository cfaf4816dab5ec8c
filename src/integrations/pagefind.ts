import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';
import { inBatches } from '../lib/batches';
import { normaliseApostrophes } from '../search/apostrophes';

/**
 * Builds the Pagefind search index after `astro build`, from the built HTML with its apostrophes
 * normalised (see `normaliseApostrophes`), so that a word after « l’ », « d’ », « qu’ », « s’ »,
 * « n’ » is found whichever apostrophe the page uses. The pages served are not rewritten: only the
 * copy given to Pagefind changes. Starlight's own indexing is turned off (`pagefind: false`) and
 * its search box kept by our `Search` override; every page rendered by Starlight (Markdown pages
 * and `StarlightPage` pages generated from data) marks its content with `data-pagefind-body`.
 */
/** Pages read and sent to Pagefind at the same time. */
const filesInFlight = 16;

export function frenchSearchIndex(): AstroIntegration {
	return {
		name: 'hub:pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const root = fileURLToPath(dir);
				const files = (await readdir(root, { recursive: true, encoding: 'utf8' })).filter((file) => file.endsWith('.html'));
				try {
					const { index, errors } = await pagefind.createIndex({});
					if (!index) throw new Error(errors.join('\n'));
					// A few files at a time: sending every page at once holds the whole site in memory twice
					// (here and in Pagefind's process), gigabytes at national scale.
					const results = await inBatches(files, filesInFlight, async (file) => {
						const html = await readFile(join(root, file), 'utf8');
						// Pagefind would read and then ignore a page without `data-pagefind-body` (a listing view
						// left out of search): skip it here, unread by Pagefind.
						if (!html.includes('data-pagefind-body')) return { errors: [] };
						return index.addHTMLFile({ sourcePath: file, content: normaliseApostrophes(html) });
					});
					const problems = [...errors, ...results.flatMap((result) => result.errors)];
					const written = await index.writeFiles({ outputPath: join(root, 'pagefind') });
					problems.push(...written.errors);
					if (problems.length > 0) throw new Error(problems.join('\n'));
					const entry = JSON.parse(await readFile(join(root, 'pagefind', 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { page_count: number }> };
					const indexed = Object.values(entry.languages).reduce((sum, language) => sum + language.page_count, 0);
					logger.info(`${indexed} page(s) indexée(s) sur ${files.length} fichier(s) HTML en ${Math.round(performance.now() - started)} ms (apostrophes normalisées).`);
				} catch (cause) {
					throw new Error('La construction de l’index de recherche (Pagefind) a échoué.', { cause });
				} finally {
					await pagefind.close();
				}
			},
		},
	};
}
