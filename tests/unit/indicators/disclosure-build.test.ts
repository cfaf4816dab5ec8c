/**
 * Build test of disclosure control: the real site is built (`astro build`) from a content root
 * that holds the site's content with, as its only indicators, fixture datasets whose masked values
 * are easy to spot (a cell of 3 and a secondary cell of 4817 out of 12756; « plus de 97 % » of 33).
 * Every file of the built site is then searched for them. Building the real site, rather than
 * rendering components, also covers the pages, the CSV/JSON endpoints and anything a later change
 * adds to them. It takes about 15 s.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const work = mkdtempSync(join(tmpdir(), 'hub-disclosure-'));
const root = join(work, 'content');
const out = join(work, 'dist');
const textExtensions = new Set(['.html', '.csv', '.json', '.xml', '.txt', '.svg', '.ics', '.js', '.css']);

function files(folder: string): string[] {
	return readdirSync(folder, { recursive: true, encoding: 'utf8' })
		.map((name) => join(folder, name))
		.filter((path) => textExtensions.has(extname(path)));
}
const read = (path: string) => readFileSync(join(out, path), 'utf8');
/** Visible text of an HTML page (markup and attributes removed, spaces normalised). */
const visibleText = (html: string) => html.replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&lt;/g, '<').replace(/[\u202f\u00a0]/g, ' ');

let build: ReturnType<typeof spawnSync>;

beforeAll(() => {
	cpSync(resolve('content'), root, { recursive: true, filter: (source) => !source.startsWith(resolve('content/indicateurs')) || source === resolve('content/indicateurs') || source === resolve('content/indicateurs/_reglages.yaml') });
	cpSync(resolve('tests/fixtures/disclosure-site/indicateurs'), join(root, 'indicateurs'), { recursive: true });
	const env: NodeJS.ProcessEnv = { ...process.env, HUB_CONTENT_DIR: root, NODE_ENV: 'production' };
	for (const key of Object.keys(env)) if (key.startsWith('VITEST')) delete env[key];
	build = spawnSync(process.execPath, [resolve('node_modules/astro/bin/astro.mjs'), 'build', '--outDir', out], { env, encoding: 'utf8', timeout: 240_000 });
}, 250_000);

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('a fixture dataset with a small cell, built into dist/', () => {
	it('builds, and the fixture datasets are published', () => {
		expect(build.status, String(build.stderr).slice(-2000)).toBe(0);
		expect(existsSync(join(out, 'indicateurs/donnees/fixture-petit-effectif.csv'))).toBe(true);
		const page = visibleText(read('indicateurs/diagnostic-local/index.html'));
		expect(page).toContain('Jeu témoin avec une petite cellule');
		expect(page).toContain('Témoin grande cellule : 7 936 (62 %)');
		expect(page).toContain('Témoin petite cellule : < 5');
		expect(page).toContain('Témoin cellule secondaire : masqué');
	});

	it('never writes the masked cells in any file of the site', () => {
		// 4817 as a number, with or without a thousands space, and not inside another number (coordinates).
		const leaks = files(out).filter((path) => /(?<![\d.,])4[\s\u202f\u00a0]?817(?![\d.,])/.test(readFileSync(path, 'utf8')));
		expect(leaks).toEqual([]);
	});

	it('never writes their shares, nor the masked share, in the fixture’s page, CSV and JSON', () => {
		const page = visibleText(read('indicateurs/diagnostic-local/index.html'));
		for (const text of [page, read('indicateurs/donnees/fixture-petit-effectif.csv'), read('indicateurs/donnees/fixture-petit-effectif.json'), read('indicateurs/donnees/fixture-part-revelatrice.csv'), read('indicateurs/donnees/fixture-part-revelatrice.json')]) {
			expect(text).not.toMatch(/\b38 ?%|\b0 ?%|\b97\b|plus de 97/);
		}
		expect(read('indicateurs/donnees/fixture-petit-effectif.csv')).not.toMatch(/,3,/);
	});

	it('keeps the small cell out of the charts’ geometry too', () => {
		const html = read('indicateurs/diagnostic-local/index.html');
		const svg = html.slice(html.indexOf('id="chart-fixture-petit-effectif-title"'));
		const stack = svg.slice(0, svg.indexOf('</svg>'));
		// One coloured segment (the cell shown) and one grey segment for both masked cells together.
		expect(stack.match(/class="hub-chart__segment hub-chart__fill/g)).toHaveLength(1);
		expect(stack.match(/class="hub-chart__segment hub-chart__masked"/g)).toHaveLength(1);
	});
});
