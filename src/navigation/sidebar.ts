import { join } from 'node:path';
import { contentRoot } from '../content-loading/content-root';
import { loadDataFile } from '../content-loading/load-data';
import { NavigationSchema } from '../schemas/navigation';
import { buildSidebar } from './build-sidebar';
import { readPageSummaries } from './read-pages';

/**
 * The site's menu, from `content/navigation.yaml` and the pages of `content/pages/`,
 * computed once when the site is configured.
 *
 * To add a menu entry, edit `content/navigation.yaml` (not this file): a `pages:` folder lists its
 * pages by itself; pages generated from data (directory, calendar...) are added as `links:`.
 */
export const sidebar = buildSidebar(loadDataFile('navigation.yaml', NavigationSchema), readPageSummaries(join(contentRoot(), 'pages')));
