import { geoCentroid, geoConicConformal, geoPath, type GeoPermissibleObjects, type GeoProjection } from 'd3';

export interface MapFrameOptions {
	/** Width of the drawing in SVG units. */
	width: number;
	/** Standard parallels of the conic conformal projection (from the territory settings). */
	parallels: readonly [number, number];
	/** Empty space around the outline, in SVG units (default 12). */
	padding?: number;
	/** Decimals kept in path coordinates (default 1: small HTML, no visible loss). */
	digits?: number;
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
export function createMapFrame(outline: GeoPermissibleObjects, { width, parallels, padding = 12, digits = 1 }: MapFrameOptions): MapFrame {
	const [centreLongitude] = geoCentroid(outline);
	const inner = width - 2 * padding;
	const projection = geoConicConformal().parallels([parallels[0], parallels[1]]).rotate([-centreLongitude, 0]).fitWidth(inner, outline);
	const [[, top], [, bottom]] = geoPath(projection).bounds(outline);
	const innerHeight = Math.ceil(bottom - top);
	projection.fitSize([inner, innerHeight], outline);
	const [tx, ty] = projection.translate();
	projection.translate([tx + padding, ty + padding]);
	const outlinePath = geoPath(projection).digits(digits)(outline) ?? '';
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

function round(value: number, digits: number): number {
	const factor = 10 ** digits;
	return Math.round(value * factor) / factor;
}
