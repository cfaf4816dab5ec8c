/**
 * Head entry of a page deliberately left out of search (a filtered view, a later page of a list):
 * it says so to the page gate (`scripts/lib/page-check.ts`), and such a page shares its section's
 * social card (`sharesSectionCard`). Pass it together with `pagefind: false`.
 */
export const searchExclusionMeta = { tag: 'meta', attrs: { name: 'hub-search-index', content: 'exclue' } } as const;
