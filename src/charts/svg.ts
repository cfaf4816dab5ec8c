/**
 * Helpers shared by the marks of `src/charts/`: escaping, word wrapping and the accessible SVG
 * frame (`role="img"`, `<title>`, `<desc>`). Marks return strings: no DOM, no client JavaScript.
 */

/** Escapes text for SVG/HTML content and attribute values. */
export function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Splits a label into lines of at most `maxChars` characters, at spaces (a long word stays whole). */
export function wrapText(text: string, maxChars: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > maxChars) {
			lines.push(line);
			line = word;
		} else line = line ? `${line} ${word}` : word;
	}
	if (line) lines.push(line);
	return lines.length > 0 ? lines : [''];
}

/** A `<text>` of several lines (`<tspan>`s), one every `lineHeight`. */
export function textLines(lines: string[], x: number, y: number, lineHeight: number, attributes = ''): string {
	const spans = lines.map((line, index) => `<tspan x="${x}" dy="${index === 0 ? 0 : lineHeight}">${escapeXml(line)}</tspan>`).join('');
	return `<text x="${x}" y="${y}"${attributes ? ` ${attributes}` : ''}>${spans}</text>`;
}

/** Rounds a coordinate to one decimal so the markup stays short and stable. */
export function px(value: number): number {
	return Math.round(value * 10) / 10;
}

export interface FrameOptions {
	/** Unique id on the page; `<title>` and `<desc>` get `<id>-title` and `<id>-desc`. */
	id: string;
	width: number;
	height: number;
	title: string;
	description: string;
	/** Mark name, added as a class (`hub-chart--bar`). */
	mark: string;
	body: string;
}

/** The accessible SVG element around a mark: it scales with its container (viewBox, no fixed size). */
export function svgFrame({ id, width, height, title, description, mark, body }: FrameOptions): string {
	return [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${px(width)} ${px(height)}" role="img" aria-labelledby="${id}-title ${id}-desc" class="hub-chart hub-chart--${mark}" font-size="15">`,
		`<title id="${id}-title">${escapeXml(title)}</title>`,
		`<desc id="${id}-desc">${escapeXml(description)}</desc>`,
		body,
		'</svg>',
	].join('');
}
