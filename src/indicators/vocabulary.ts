/**
 * Closed lists of the indicator datasets besides units and themes, defined once and used by the
 * schema, the disclosure rules and the pages.
 */

/** Ways the source qualifies a single figure (« au moins 25 », « environ 15 000 »). */
export const qualifiers = {
	exact: '',
	environ: 'environ',
	'pres-de': 'près de',
	'au-moins': 'au moins',
	'plus-de': 'plus de',
} as const;
export type Qualifier = keyof typeof qualifiers;
export const qualifierKeys = Object.keys(qualifiers) as [Qualifier, ...Qualifier[]];

/** How much the source insists on a qualitative mention (no number is given). */
export const mentionRanks = {
	principal: 'cité en premier',
	frequent: 'souvent cité',
	cite: 'cité',
} as const;
export type MentionRank = keyof typeof mentionRanks;
export const mentionRankKeys = Object.keys(mentionRanks) as [MentionRank, ...MentionRank[]];

/** The marks a dataset can be drawn with (`src/charts/`). */
export const chartKinds = ['bar', 'stacked', 'column', 'card', 'list'] as const;
export type ChartKind = (typeof chartKinds)[number];
