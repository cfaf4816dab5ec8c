import type { Element, ElementContent, Root, RootContent } from 'hast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * Rehype plugin: every table of a page goes inside its own scrolling box
 * (`<div class="table-scroll" role="region" tabindex="0" aria-label="Tableau : ...">`), so a wide
 * table scrolls by itself on a phone instead of squeezing its columns, and keyboard users can
 * scroll it. The box is named by the table's caption, or else by the heading above the table.
 * The box's styles are in `src/styles/global.css` (`.table-scroll`). No options.
 */
export default function rehypeTableScroll() {
	return (tree: Root) => {
		let heading = '';
		visit(tree, (node, index, parent) => {
			if (node.type !== 'element') return undefined;
			if (/^h[1-6]$/.test(node.tagName)) {
				heading = textOf(node);
				return SKIP;
			}
			if (node.tagName !== 'table' || !parent || index === undefined) return undefined;
			if (parent.type === 'element' && hasClass(parent, tableScrollClass)) return SKIP;
			const caption = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'caption');
			const name = caption ? textOf(caption) : heading;
			const box: Element = {
				type: 'element',
				tagName: 'div',
				properties: { className: [tableScrollClass], role: 'region', tabIndex: 0, ariaLabel: tableScrollLabel(name) },
				children: [node],
			};
			(parent.children as RootContent[])[index] = box;
			return SKIP;
		});
	};
}

/** Class of the scrolling box around a table. */
export const tableScrollClass = 'table-scroll';

/** Accessible name of the box: « Tableau : <name> », or « Tableau » when nothing names it. */
export function tableScrollLabel(name: string): string {
	const trimmed = name.replace(/\s+/g, ' ').trim();
	return trimmed ? `Tableau : ${trimmed}` : 'Tableau';
}

function hasClass(node: Element, name: string): boolean {
	const value = node.properties?.className;
	return Array.isArray(value) ? value.includes(name) : value === name;
}

/** The text of an element, as a screen reader would read it. */
function textOf(node: Element | ElementContent): string {
	if (node.type === 'text') return node.value;
	if (node.type === 'element') return node.children.map(textOf).join('');
	return '';
}
