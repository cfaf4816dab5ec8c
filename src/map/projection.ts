import { geoCentroid, geoConicConformal, geoPath, type GeoPermissibleObjects, type GeoProjection, type GeoStream } from 'd3';

export interface MapFrameOptions {
	/** Width of the drawing in SVG units. */
	width: number;
	/** Standard parallels of the conic conformal projection (from the territory settings). */
	parallels: readonly [number, number];
	/** Empty space around the outline, in SVG units (default 12). */
	padding?: number;
	/** Decimals kept in path coordinates (default 1: small HTML, no visible loss). */
	digits?: number;
	/** Drop outline vertices closer than this to the previous one, in SVG units (default 0: keep all). */
	minDistance?: number;
}

/** A projection fitted to the territory, the drawing's size and the outline as an SVG path. */
export interface MapFrame {
	/** Projects `[longitude, latitude]` to `[x, y]` in the drawing (null when outside the globe). */
	project: (point: [number, number]) => [number, number] | null;
	width: number;
	height: number;
	/** `d` attribute of the outline path. */
	outlinePath: string;
	/** The d3 projection itself (for callers that need d3 helpers). */
	projection: GeoProjection;
}

/**
 * Fits a conic conformal projection (d3-geo `geoConicConformal`, the territory's parallels,
 * rotated to its central meridian) to `width`, with `fitSize`, and computes the height that keeps
 * the outline's proportions. Pure: no DOM, same input gives the same output.
 */
export function createMapFrame(outline: GeoPermissibleObjects, { width, parallels, padding = 12, digits = 1, minDistance = 0 }: MapFrameOptions): MapFrame {
	const [centreLongitude] = geoCentroid(outline);
	const inner = width - 2 * padding;
	const projection = geoConicConformal().parallels([parallels[0], parallels[1]]).rotate([-centreLongitude, 0]).fitWidth(inner, outline);
	const [[, top], [, bottom]] = geoPath(projection).bounds(outline);
	const innerHeight = Math.ceil(bottom - top);
	projection.fitSize([inner, innerHeight], outline);
	const [tx, ty] = projection.translate();
	projection.translate([tx + padding, ty + padding]);
	const drawn = minDistance > 0 ? { stream: (output: GeoStream) => projection.stream(decimate(output, minDistance)) } : projection;
	const outlinePath = geoPath(drawn).digits(digits)(outline) ?? '';
	return {
		project: (point) => {
			const projected = projection(point);
			return projected ? [round(projected[0], digits), round(projected[1], digits)] : null;
		},
		width,
		height: innerHeight + 2 * padding,
		outlinePath,
		projection,
	};
}

/**
 * A d3 stream that forwards a projected line's first and last points and, between them, only the
 * points at least `minDistance` away from the last one kept: fewer vertices, same shape at map scale.
 */
export function decimate(output: GeoStream, minDistance: number): GeoStream {
	let last: [number, number] | undefined;
	let pending: [number, number] | undefined;
	return {
		point(x, y) {
			if (!last || Math.hypot(x - last[0], y - last[1]) >= minDistance) {
				output.point(x, y);
				last = [x, y];
				pending = undefined;
			} else {
				pending = [x, y];
			}
		},
		lineStart() {
			last = undefined;
			pending = undefined;
			output.lineStart();
		},
		lineEnd() {
			if (pending) output.point(pending[0], pending[1]);
			output.lineEnd();
		},
		polygonStart: () => output.polygonStart(),
		polygonEnd: () => output.polygonEnd(),
		sphere: () => output.sphere?.(),
	};
}

function round(value: number, digits: number): number {
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}
