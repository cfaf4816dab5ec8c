// @ts-check
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { unified } from '@astrojs/markdown-remark';
import { loadTerritory } from './src/territory/load.ts';
import { sidebar } from './src/navigation/sidebar.ts';
import { remarkPlugins, rehypePlugins } from './src/markdown/plugins.ts';
import cspIntegration from './src/integrations/csp.ts';
import contentValidation from './src/integrations/content-validation.ts';
import { frenchSearchIndex } from './src/integrations/pagefind.ts';
import { socialImages } from './src/integrations/social-images.ts';

// Territory settings (title, URL, département) come from content/, so another département can
// publish its own hub from the same code (see README, « Publier le hub d'un autre département »).
const territory = loadTerritory();

export default defineConfig({
	site: territory.siteUrl,
	trailingSlash: 'always',
	build: {
		// Styles go to cached files rather than into each page: Astro would otherwise inline every
		// small stylesheet (3 KB of card styles on every page), which browsers cannot cache.
		inlineStylesheets: 'never',
	},
	markdown: {
		// unified rather than Sätteri: our glossary annotation is a rehype plugin, and smart
		// punctuation is off so that Pagefind indexes « l'hébergement » as two words.
		processor: unified({ smartypants: false, remarkPlugins, rehypePlugins }),
	},
	integrations: [
		// First: refuse bad content before anything is rendered.
		contentValidation(),
		starlight({
			title: territory.siteTitle,
			description: territory.siteDescription,
			defaultLocale: 'root',
			locales: { root: { label: 'Français', lang: 'fr' } },
			sidebar,
			customCss: ['./src/styles/global.css', './src/styles/glossary.css'],
			lastUpdated: false,
			// The search index is built by `frenchSearchIndex` (apostrophes normalised); the search box
			// is our `Search` override, which Starlight keeps showing when `pagefind` is off.
			pagefind: false,
			components: {
				Header: './src/components/starlight/Header.astro',
				Search: './src/components/starlight/Search.astro',
				SiteTitle: './src/components/starlight/SiteTitle.astro',
				Footer: './src/components/starlight/Footer.astro',
				Sidebar: './src/components/starlight/Sidebar.astro',
			},
			routeMiddleware: './src/route-data.ts',
		}),
		// Both read the built HTML: the search index (apostrophes normalised) and the social images.
		frenchSearchIndex(),
		socialImages(),
		// Last, so that it hashes the final HTML of every page.
		cspIntegration(),
	],
});
