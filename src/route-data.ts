import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { compactSidebar } from './navigation/compact-sidebar';
import { sharesSectionCard, socialMeta } from './social/meta';
import { sectionOf } from './social/section';

/**
 * Starlight route middleware: runs for every Starlight page, Markdown or `StarlightPage`, before
 * it renders. Shows the menu compacted for this page (closed sections as one link each, see
 * `compactSidebar`) and adds the social image meta tags (the image itself is drawn after the build
 * by `src/integrations/social-images.ts`).
 */
export const onRequest = defineRouteMiddleware((context) => {
	const route = context.locals.starlightRoute;
	const { pathname } = context.url;
	route.sidebar = compactSidebar(route.sidebar, pathname);
	const section = sectionOf(pathname, route.sidebar);
	route.head.push(...socialMeta({ pathname, site: context.site, title: route.entry.data.title, section, sharedSectionCard: sharesSectionCard(route.head) }));
});
