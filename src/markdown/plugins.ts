import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeFrenchSpacing from './rehype-french-spacing';
import rehypeTableScroll from './rehype-table-scroll';

/**
 * The remark and rehype plugins applied to every Markdown and MDX page, in order.
 * One plugin per file in this folder; register it here.
 */
export const remarkPlugins: RemarkPlugins = [];
export const rehypePlugins: RehypePlugins = [
	// Wide tables scroll inside a named box on phones.
	rehypeTableScroll,
	// Last: no-break spaces of French typography (before « : ; ! ? », inside numbers).
	rehypeFrenchSpacing,
];
