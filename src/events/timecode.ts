/**
 * Positions in a recording: chapters are written `0:02`, `12:30` or `1:02:03` (minutes and
 * seconds, or hours, minutes and seconds) and shown the same way.
 */

const timecodePattern = /^(?:(\d+):)?([0-5]?\d):([0-5]\d)$/;

/** Seconds from `m:ss` or `h:mm:ss`; `undefined` when the text is not a timecode. */
export function parseTimecode(text: string): number | undefined {
	const match = timecodePattern.exec(text.trim());
	if (!match) return undefined;
	const [, hours, minutes, seconds] = match;
	if (hours !== undefined && minutes!.length !== 2) return undefined;
	return Number(hours ?? 0) * 3600 + Number(minutes) * 60 + Number(seconds);
}

/** `m:ss` below an hour, `h:mm:ss` above (« 0:02 », « 12:30 », « 1:02:03 »). */
export function formatTimecode(totalSeconds: number): string {
	const whole = Math.max(0, Math.floor(totalSeconds));
	const hours = Math.floor(whole / 3600);
	const minutes = Math.floor((whole % 3600) / 60);
	const seconds = String(whole % 60).padStart(2, '0');
	return hours > 0 ? `${hours}:${String(minutes).padStart(2, '0')}:${seconds}` : `${minutes}:${seconds}`;
}

/** ISO 8601 duration for `<time datetime>` (« PT1M30S »). */
export function isoDuration(totalSeconds: number): string {
	const whole = Math.max(0, Math.floor(totalSeconds));
	const hours = Math.floor(whole / 3600);
	const minutes = Math.floor((whole % 3600) / 60);
	const seconds = whole % 60;
	return `PT${hours ? `${hours}H` : ''}${minutes ? `${minutes}M` : ''}${seconds || whole === 0 ? `${seconds}S` : ''}`;
}
