/**
 * The map as an SVG string, built at build time without a DOM: the territory's outline, reference
 * towns, and markers that are links (keyboard-focusable `<a>` with an accessible name).
 * Marker text is centred by the page's CSS (`text-anchor: middle; dominant-baseline: central`).
 */

/** One marker of the map: a link drawn as a circle with a short symbol (category letter or count). */
export interface SvgMarker {
	x: number;
	y: number;
	/** Where the marker leads (a partner page, or the list of a commune's partners). */
	href: string;
	/** Accessible name of the link and its tooltip (SVG `<title>`), e.g. « Clermont-Ferrand : 6 partenaires ». */
	label: string;
	/** One to three characters drawn in the circle (a category letter, a count); empty for a plain dot. */
	symbol: string;
	/** CSS classes of the marker (category colour, group style). */
	className: string;
	/** Visible text beside the marker (e.g. the commune's name), optional; drawn above all markers, hidden from assistive technologies (the link's name says it). */
	caption?: string;
	/** Radius in SVG units (default 9). */
	radius?: number;
}

/** A town drawn for orientation only (grey dot and name, hidden from assistive technologies). */
export interface SvgReference {
	x: number;
	y: number;
	name: string;
}

export interface MapSvgOptions {
	/** Unique prefix of the ids inside this SVG (several maps may share a page). */
	id: string;
	width: number;
	height: number;
	/** `d` of the outline path. */
	outlinePath: string;
	/** Short title (accessible name of the map). */
	title: string;
	/** Longer description: what the map shows and where its text alternative is. */
	description: string;
	/** Attribution required by the data's licence, drawn under the map. */
	attribution: string;
	markers: readonly SvgMarker[];
	references?: readonly SvgReference[];
	/** Font size of the attribution (default 9). */
	attributionSize?: number;
}

/** Escapes text for SVG/XML content and attribute values. */
export function escapeXml(text: string): string {
	return text.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;').replaceAll('"', '&quot;').replaceAll("'", '&#39;');
}

/** Splits text into lines of at most `max` characters, at spaces. */
export function wrapText(text: string, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		if (line && line.length + 1 + word.length > max) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** Renders the map. Markers are drawn after the outline and reference towns, captions last. */
export function renderMapSvg(options: MapSvgOptions): string {
	const { id, width, height, outlinePath, title, description, attribution, markers, references = [], attributionSize = 9 } = options;
	const attributionLines = wrapText(attribution, Math.max(20, Math.floor(width / (attributionSize * 0.55))));
	const lineHeight = attributionSize + 3;
	const totalHeight = height + attributionLines.length * lineHeight + 4;
	const parts: string[] = [
		`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${totalHeight}" class="hub-map" role="group" aria-labelledby="${id}-title" aria-describedby="${id}-desc">`,
		`<title id="${id}-title">${escapeXml(title)}</title>`,
		`<desc id="${id}-desc">${escapeXml(description)}</desc>`,
		`<path class="hub-map-outline" d="${outlinePath}"/>`,
	];
	if (references.length > 0) {
		parts.push('<g class="hub-map-references" aria-hidden="true">');
		for (const reference of references) {
			parts.push(`<circle cx="${reference.x}" cy="${reference.y}" r="2"/><text x="${reference.x + 4}" y="${reference.y + 3}">${escapeXml(reference.name)}</text>`);
		}
		parts.push('</g>');
	}
	for (const marker of markers) {
		const radius = marker.radius ?? 9;
		// The <title> child is the link's accessible name (SVG-AAM) and its tooltip: no aria-label, so
		// that a map of several hundred markers does not carry every name twice.
		parts.push(
			`<a href="${escapeXml(marker.href)}" class="hub-map-marker ${escapeXml(marker.className)}">`,
			`<title>${escapeXml(marker.label)}</title>`,
			`<circle cx="${marker.x}" cy="${marker.y}" r="${radius}"/>`,
			marker.symbol ? `<text x="${marker.x}" y="${marker.y}" aria-hidden="true">${escapeXml(marker.symbol)}</text>` : '',
			'</a>',
		);
	}
	// Captions go above every marker, so that a neighbouring marker never hides a name.
	const captioned = markers.filter((marker) => marker.caption);
	if (captioned.length > 0) {
		parts.push('<g class="hub-map-captions" aria-hidden="true">');
		for (const marker of captioned) parts.push(`<text x="${marker.x + (marker.radius ?? 9) + 3}" y="${marker.y}">${escapeXml(marker.caption!)}</text>`);
		parts.push('</g>');
	}
	parts.push(`<g class="hub-map-attribution">`);
	attributionLines.forEach((line, index) => {
		parts.push(`<text x="${width / 2}" y="${height + (index + 1) * lineHeight}" text-anchor="middle" font-size="${attributionSize}">${escapeXml(line)}</text>`);
	});
	parts.push('</g>', '</svg>');
	return parts.join('');
}
