/**
 * Normalises an SVG string before it is compared with a snapshot, as Observable Plot does: long
 * floats rounded, generated ids renumbered in order of appearance, one element per line.
 */
export function normaliseSvg(svg: string): string {
	const ids = new Map<string, string>();
	for (const [, id] of svg.matchAll(/\sid="([^"]+)"/g)) if (!ids.has(id!)) ids.set(id!, `id-${ids.size + 1}`);
	let out = svg.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10));
	for (const [id, replacement] of [...ids].sort((a, b) => b[0].length - a[0].length)) out = out.split(id).join(replacement);
	return `${out.replace(/></g, '>\n<').replace(/[\u202f\u00a0]/g, ' ')}\n`;
}
