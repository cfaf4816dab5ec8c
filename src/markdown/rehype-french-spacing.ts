import type { Root } from 'hast';
import { SKIP, visit } from 'unist-util-visit';
import { frenchSpacing } from '../lib/french-spacing';

/**
 * Rehype plugin: no-break spaces of French typography in the text of every page (before « : ; ! ? »
 * and « », after « «, inside numbers, before « % » and « € »; see `src/lib/french-spacing.ts`), so
 * that a line never starts with a colon or splits a figure. Code, preformatted text and
 * non-prose elements are left as written. No options.
 */
export default function rehypeFrenchSpacing() {
	return (tree: Root) => {
		visit(tree, (node) => {
			if (node.type === 'element' && untouched.has(node.tagName)) return SKIP;
			if (node.type === 'text') node.value = frenchSpacing(node.value);
			return undefined;
		});
	};
}

/** Elements whose text is kept exactly as written. */
const untouched = new Set(['code', 'kbd', 'pre', 'samp', 'script', 'style', 'textarea', 'var']);
