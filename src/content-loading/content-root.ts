import { resolve } from 'node:path';

/**
 * The folder the site is built from. Defaults to `content/` (Puy-de-Dôme); another territory,
 * or a test fixture, is built by setting `HUB_CONTENT_DIR` to its own folder.
 */
export function contentRoot(): string {
	return resolve(process.cwd(), process.env.HUB_CONTENT_DIR ?? 'content');
}

/** Path of a file inside the content root, as shown in error messages (relative to the project). */
export function displayPath(absolutePath: string): string {
	const cwd = process.cwd();
	return absolutePath.startsWith(cwd) ? absolutePath.slice(cwd.length + 1) : absolutePath;
}
