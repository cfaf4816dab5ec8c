import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { socialMeta } from './social/meta';
import { sectionOf } from './social/section';

/**
 * Starlight route middleware: runs for every Starlight page, Markdown or `StarlightPage`, before
 * it renders. Adds the social image meta tags (the image itself is drawn after the build by
 * `src/integrations/social-images.ts`).
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const { pathname } = context.url;
	route.head.push(...socialMeta({ pathname, site: context.site, title: route.entry.data.title, section: sectionOf(pathname, route.sidebar) }));
});
