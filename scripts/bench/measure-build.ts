import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Figures of one build. */
export interface BuildFigures {
	wallSeconds: number;
	pages: number;
	msPerPage: number;
	peakRssMiB: number;
	pagefindSeconds: number;
	distMiB: number;
	searchIndexMiB: number;
	socialImagesRendered: number | null;
}

/** Total size of a folder, in bytes. */
export function folderBytes(folder: string): number {
	if (!existsSync(folder)) return 0;
	return readdirSync(folder, { recursive: true, encoding: 'utf8' }).reduce((total, name) => {
		const stats = statSync(join(folder, name));
		return stats.isFile() ? total + stats.size : total;
	}, 0);
}

/**
 * Runs one build and measures it: wall time and peak RSS come from GNU time (`%e %M`; the peak is
 * that of the largest process, the build or Pagefind's indexer), Pagefind's time and the page count
 * from the build's own log.
 * @param options.command the build command, run in `root` (`npm run build -- --outDir …` for ours,
 *   exactly as the README runs it; `node astro.mjs build …` for stock Starlight)
 */
export function measureBuild(options: { root: string; outDir: string; env?: Record<string, string>; command: string[] }): BuildFigures {
	const result = spawnSync('/usr/bin/time', ['-f', 'BENCH_TIME %e %M', ...options.command], {
		cwd: options.root,
		env: { ...process.env, ...options.env, FORCE_COLOR: '0', NO_COLOR: '1' },
		encoding: 'utf8',
		maxBuffer: 256 * 1024 * 1024,
	});
	const log = `${result.stdout}\n${result.stderr}`;
	if (result.status !== 0) throw new Error(`La construction a échoué (${options.root}) :\n${log.slice(-4000)}`);
	const [, wall = '0', rssKiB = '0'] = log.match(/BENCH_TIME ([\d.]+) (\d+)/) ?? [];
	const pages = Number(log.match(/(\d+) page\(s\) built in/)?.[1] ?? 0);
	// Stock Starlight logs « Finished building search index in 2.5s »; ours « … indexée(s) sur … fichier(s) HTML en 4800 ms ».
	const pagefindMatch = log.match(/Finished building search index in ([\d.]+)(ms|s)/) ?? log.match(/indexée\(s\) sur \d+ fichier\(s\) HTML en ([\d.]+) (ms)/);
	const pagefindSeconds = pagefindMatch ? Number(pagefindMatch[1]) / (pagefindMatch[2] === 'ms' ? 1000 : 1) : 0;
	// « Images de partage : 3071 page(s), 2800 image(s) dessinée(s), 271 reprise(s) du cache »
	const rendered = log.match(/(\d+) image\(s\) dessinée\(s\)/);
	return {
		wallSeconds: Number(wall),
		pages,
		msPerPage: pages > 0 ? (Number(wall) * 1000) / pages : 0,
		peakRssMiB: Number(rssKiB) / 1024,
		pagefindSeconds,
		distMiB: folderBytes(options.outDir) / 2 ** 20,
		searchIndexMiB: folderBytes(join(options.outDir, 'pagefind')) / 2 ** 20,
		socialImagesRendered: rendered ? Number(rendered[1]) : null,
	};
}

/** The median of a list of numbers. */
export function median(values: number[]): number {
	const sorted = [...values].sort((a, b) => a - b);
	const middle = Math.floor(sorted.length / 2);
	return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}
