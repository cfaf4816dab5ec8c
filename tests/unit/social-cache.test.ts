import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { cacheKey, writeSocialImages } from '../../src/social/cache';
import type { SocialCardInput } from '../../src/social/card';

const folders: string[] = [];
const tempFolder = () => {
	const folder = mkdtempSync(join(tmpdir(), 'social-cache-'));
	folders.push(folder);
	return folder;
};
afterEach(() => folders.splice(0).forEach((folder) => rmSync(folder, { recursive: true, force: true })));

const card = (title: string): SocialCardInput => ({ title, section: 'Repérer', siteName: 'Hub' });

/** A renderer that writes the title as the image and counts its calls. */
function countingRenderer() {
	const drawn: string[] = [];
	return { drawn, render: async (input: SocialCardInput) => (drawn.push(input.title), new TextEncoder().encode(input.title)) };
}

describe('social image cache', () => {
	it('draws each image once, then reuses it on the next build', async () => {
		const cacheDir = tempFolder();
		const requests = new Map([['/og/a.png', card('A')], ['/og/b/c.png', card('C')]]);
		const first = countingRenderer();
		expect(await writeSocialImages(requests, { outDir: tempFolder(), cacheDir, fingerprint: 'v1', render: first.render })).toEqual({ rendered: 2, reused: 0 });

		const outDir = tempFolder();
		const second = countingRenderer();
		expect(await writeSocialImages(requests, { outDir, cacheDir, fingerprint: 'v1', render: second.render })).toEqual({ rendered: 0, reused: 2 });
		expect(second.drawn).toEqual([]);
		expect(readFileSync(join(outDir, 'og/b/c.png'), 'utf8')).toBe('C');
	});

	it('draws again only the page whose text changed', async () => {
		const cacheDir = tempFolder();
		await writeSocialImages(new Map([['/og/a.png', card('A')], ['/og/b.png', card('B')]]), { outDir: tempFolder(), cacheDir, fingerprint: 'v1', render: countingRenderer().render });
		const next = countingRenderer();
		const result = await writeSocialImages(new Map([['/og/a.png', card('A')], ['/og/b.png', card('B modifié')]]), { outDir: tempFolder(), cacheDir, fingerprint: 'v1', render: next.render });
		expect(result).toEqual({ rendered: 1, reused: 1 });
		expect(next.drawn).toEqual(['B modifié']);
	});

	it('draws a few images at a time, never more than asked, and writes every one', async () => {
		let drawing = 0;
		let most = 0;
		const render = async (input: SocialCardInput) => {
			drawing += 1;
			most = Math.max(most, drawing);
			await new Promise((resolve) => setTimeout(resolve, 5));
			drawing -= 1;
			return new TextEncoder().encode(input.title);
		};
		const requests = new Map(Array.from({ length: 7 }, (_, index) => [`/og/${index}.png`, card(`Page ${index}`)] as const));
		const outDir = tempFolder();
		expect(await writeSocialImages(requests, { outDir, cacheDir: tempFolder(), fingerprint: 'v1', render, concurrency: 3 })).toEqual({ rendered: 7, reused: 0 });
		expect(most).toBe(3);
		expect(readFileSync(join(outDir, 'og/6.png'), 'utf8')).toBe('Page 6');
	});

	it('draws everything again when the renderer or its fonts change', () => {
		expect(cacheKey('v1', card('A'))).not.toBe(cacheKey('v2', card('A')));
		expect(cacheKey('v1', card('A'))).toBe(cacheKey('v1', card('A')));
		expect(cacheKey('v1', { title: 'A', section: 'B', siteName: '' })).not.toBe(cacheKey('v1', { title: 'AB', section: '', siteName: '' }));
	});
});
