import type { RehypePlugins, RemarkPlugins } from '@astrojs/markdown-remark';
import rehypeFrenchSpacing from './rehype-french-spacing';
import rehypeTableScroll from './rehype-table-scroll';
import rehypeGlossary, { emptyOptions as glossaryDefaults } from './rehype-glossary';

/**
 * Whether pages are annotated with the glossary (default yes). `GLOSSARY_ANNOTATE=false` turns it
 * off, to measure what the annotation costs (`npm run bench:glossary`).
 */
const annotateGlossary = process.env.GLOSSARY_ANNOTATE !== 'false';

/**
 * The remark and rehype plugins applied to every Markdown and MDX page, in order.
 * One plugin per file in this folder; register it here.
 */
export const remarkPlugins: RemarkPlugins = [];
export const rehypePlugins: RehypePlugins = [
	// First occurrence of each glossary term: <abbr> + link to /lexique/<id>/ (options: rehype-glossary.ts).
	...(annotateGlossary ? [[rehypeGlossary, glossaryDefaults] as [typeof rehypeGlossary, typeof glossaryDefaults]] : []),
	// Wide tables scroll inside a named box on phones.
	rehypeTableScroll,
	// Last: no-break spaces of French typography (before « : ; ! ? », inside numbers).
	rehypeFrenchSpacing,
];
