/**
 * Normalises an SVG string before a snapshot comparison (as Observable Plot's test suite does):
 * numbers rounded to one decimal, generated ids renumbered in order of appearance (and their
 * references updated), one element per line. A snapshot then changes only when the drawing does.
 */
export function normaliseSvg(svg: string): string {
	const ids = new Map<string, string>();
	for (const [, id] of svg.matchAll(/\sid="([^"]+)"/g)) {
		if (id && !ids.has(id)) ids.set(id, `id-${ids.size + 1}`);
	}
	let out = svg.replace(/-?\d+\.\d+/g, (number) => String(Math.round(Number(number) * 10) / 10));
	for (const [id, replacement] of ids) {
		out = out.replace(new RegExp(`(?<=["\\s#])${id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?=["\\s])`, 'g'), replacement);
	}
	return out.replace(/></g, '>\n<') + '\n';
}
