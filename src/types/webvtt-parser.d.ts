/** Types for `webvtt-parser` (W3C's WebVTT parser and validator), which ships none. */
declare module 'webvtt-parser' {
	export interface WebVTTCue {
		id: string;
		startTime: number;
		endTime: number;
		text: string;
	}
	export interface WebVTTError {
		message: string;
		line: number;
		col?: number;
	}
	export class WebVTTParser {
		constructor(entities?: Record<string, string>);
		parse(input: string, mode?: 'subtitles' | 'chapters' | 'metadata'): { cues: WebVTTCue[]; errors: WebVTTError[]; time: number };
	}
	/** The package is CommonJS: Node's ESM loader only exposes its `module.exports` as the default export. */
	const webvtt: { WebVTTParser: typeof WebVTTParser };
	export default webvtt;
}
