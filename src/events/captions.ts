import webvtt from 'webvtt-parser';
import { parseTimecode } from './timecode';

/**
 * Captions and transcripts of recordings. Captions are checked with W3C's WebVTT parser so a
 * broken file stops the build instead of silently showing no captions; the transcript is split
 * into paragraphs for the page (Pagefind indexes it, so a word said in the video finds the page).
 */

export interface CaptionsCheck {
	/** Number of cues read. */
	cues: number;
	/** End of the last cue, in seconds (an estimate of the video's length). */
	lastCueEnd: number;
	/** Problems in French, with line (and column) numbers; empty when the file is valid. */
	errors: string[];
}

/** Parses a WebVTT text and reports every syntax error with its line; a file without cues is an error. */
export function checkCaptions(text: string): CaptionsCheck {
	const { cues, errors } = new webvtt.WebVTTParser().parse(text, 'subtitles');
	const messages = errors.map((error) => `ligne ${error.line}${error.col ? `, colonne ${error.col}` : ''} : ${error.message}`);
	if (errors.length === 0 && cues.length === 0) messages.push('aucun sous-titre (aucune ligne « 00:00.000 --> 00:02.000 » suivie d’un texte)');
	return { cues: cues.length, lastCueEnd: cues.reduce((end, cue) => Math.max(end, cue.endTime), 0), errors: messages };
}

/** One paragraph of a transcript, with the position it starts at when the text gives one (`[1:02] ...`). */
export interface TranscriptParagraph {
	/** Position in seconds, from a leading `[m:ss]`. */
	time?: number | undefined;
	/** The words, with straight apostrophes so Pagefind indexes « l'instance » as two words. */
	text: string;
}

const leadingTimecode = /^\[((?:\d+:)?[0-5]?\d:[0-5]\d)\]\s*/;

/** Splits a transcript into paragraphs (blank lines between them); a leading `[m:ss]` gives its position. */
export function parseTranscript(text: string): TranscriptParagraph[] {
	return text
		.replace(/\r\n?/g, '\n')
		.split(/\n\s*\n/)
		.map((block) => block.replace(/\s*\n\s*/g, ' ').trim())
		.filter((block) => block.length > 0)
		.map((block) => {
			const match = leadingTimecode.exec(block);
			const words = plainApostrophes(match ? block.slice(match[0].length) : block);
			return match ? { time: parseTimecode(match[1]!), text: words } : { text: words };
		});
}

/** Replaces typographic apostrophes by straight ones (Pagefind would index « l’instance » as one word). */
export function plainApostrophes(text: string): string {
	return text.replace(/[’ʼ]/g, "'");
}
