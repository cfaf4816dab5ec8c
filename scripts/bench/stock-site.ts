import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { GeneratedPage } from './guidance-pages';

/**
 * A stock Starlight site for comparison: same Astro and Starlight versions (resolved from this
 * repository's node_modules), French root locale, otherwise Starlight's defaults (its sidebar
 * lists every page), with the given guidance pages.
 */
export function writeStockSite(folder: string, pages: GeneratedPage[]): void {
	rmSync(folder, { recursive: true, force: true });
	mkdirSync(join(folder, 'src/content/docs'), { recursive: true });
	writeFileSync(
		join(folder, 'astro.config.mjs'),
		`import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
export default defineConfig({
	integrations: [starlight({ title: 'Site de référence', defaultLocale: 'root', locales: { root: { label: 'Français', lang: 'fr' } } })],
});
`,
	);
	writeFileSync(
		join(folder, 'src/content.config.ts'),
		`import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`,
	);
	writeFileSync(join(folder, 'src/content/docs/index.md'), '---\ntitle: Accueil\ndescription: Site de référence pour le banc d’essai.\n---\n\nAccueil.\n');
	for (const page of pages) {
		const path = join(folder, 'src/content/docs', page.path);
		mkdirSync(dirname(path), { recursive: true });
		writeFileSync(path, page.markdown);
	}
}
