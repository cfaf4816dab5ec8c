import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { PageSummary } from './build-sidebar';

/**
 * Reads the title and menu settings of every page under `pagesFolder` (front matter only).
 * Problems in front matter are reported by the content validation, so unreadable pages are
 * skipped here rather than reported twice.
 */
export function readPageSummaries(pagesFolder: string): PageSummary[] {
	if (!existsSync(pagesFolder)) return [];
	return readdirSync(pagesFolder, { recursive: true, encoding: 'utf8' })
		.map((name) => name.split('\\').join('/'))
		.filter((name) => /\.mdx?$/.test(name) && !name.split('/').some((part) => part.startsWith('_')))
		.flatMap((name) => {
			const match = readFileSync(join(pagesFolder, name), 'utf8').match(/^---\r?\n([\s\S]*?)\r?\n---/);
			if (!match) return [];
			let data: Record<string, unknown>;
			try {
				data = (parseYaml(match[1] ?? '') ?? {}) as Record<string, unknown>;
			} catch {
				return [];
			}
			const sidebar = (data.sidebar ?? {}) as { label?: unknown; order?: unknown; hidden?: unknown };
			const summary: PageSummary = {
				slug: name.replace(/\.mdx?$/, '').replace(/(^|\/)index$/, ''),
				label: typeof sidebar.label === 'string' ? sidebar.label : String(data.title ?? name),
			};
			if (typeof sidebar.order === 'number') summary.order = sidebar.order;
			if (sidebar.hidden === true) summary.hidden = true;
			return [summary];
		});
}
