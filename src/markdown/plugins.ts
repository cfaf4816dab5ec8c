import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';

/**
 * The remark and rehype plugins applied to every Markdown and MDX page, in order.
 * One plugin per file in this folder; register it here.
 */
export const remarkPlugins: RemarkPlugins = [];
export const rehypePlugins: RehypePlugins = [];
