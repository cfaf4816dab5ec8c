import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { chromium, type Browser } from '@playwright/test';
import sirv from 'sirv';
import { median } from './measure-build';

/** Serves a built site on a free loopback port. */
export async function serve(folder: string): Promise<{ url: string; close: () => Promise<void> }> {
	const handler = sirv(folder, { dev: false, etag: true, extensions: ['html'] });
	const server: Server = createServer((request, response) => handler(request, response, () => {
		response.statusCode = 404;
		response.end('Not found');
	}));
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	const { port } = server.address() as AddressInfo;
	return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

export async function launchChromium(): Promise<Browser> {
	return chromium.launch({
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
	});
}

export interface PageWeight {
	htmlBytes: number;
	/** JavaScript by the load event: script files fetched plus the page's inline scripts. */
	jsAtLoadBytes: number;
	/** The same once the page is idle, before search is opened. */
	jsBeforeSearchBytes: number;
	/** Of which inline scripts (in the HTML itself). */
	inlineJsBytes: number;
}

/** JavaScript a page loads, by the load event and after it is idle (search not opened). */
export async function measurePageWeight(browser: Browser, url: string): Promise<PageWeight> {
	const context = await browser.newContext();
	const page = await context.newPage();
	let js = 0;
	let html = 0;
	page.on('response', async (response) => {
		const type = response.request().resourceType();
		if (type !== 'script' && type !== 'document') return;
		const bytes = (await response.body().catch(() => Buffer.alloc(0))).length;
		if (type === 'script') js += bytes;
		else if (response.url() === url) html = bytes;
	});
	await page.goto(url, { waitUntil: 'load' });
	// Inline scripts are JavaScript the page carries too: counted with the files (UTF-8 bytes).
	const inlineJsBytes = await page.evaluate(() =>
		[...document.querySelectorAll('script:not([src])')]
			.filter((script) => !script.getAttribute('type') || /module|javascript/.test(script.getAttribute('type') ?? ''))
			.reduce((total, script) => total + new TextEncoder().encode(script.textContent ?? '').length, 0),
	);
	const jsAtLoadBytes = js + inlineJsBytes;
	await page.waitForLoadState('networkidle');
	await page.waitForTimeout(2500);
	const jsBeforeSearchBytes = js + inlineJsBytes;
	await context.close();
	return { htmlBytes: html, jsAtLoadBytes, jsBeforeSearchBytes, inlineJsBytes };
}

export interface SearchTiming {
	/** From the input event of the last typed character to the first result on screen. */
	firstResultMs: number;
	/** Bytes fetched from opening search to the first result (UI, index, fragments). */
	bytesFetched: number;
}

/**
 * Opens search in a fresh browser context, types `query` and measures, in the page's own clock,
 * the time from the input event to the first visible result, and the bytes fetched meanwhile.
 */
export async function measureSearch(browser: Browser, url: string, query: string, resultSelector: string): Promise<SearchTiming> {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.goto(url, { waitUntil: 'load' });
	await page.waitForLoadState('networkidle');
	let bytes = 0;
	let counting = false;
	page.on('response', async (response) => {
		if (!counting) return;
		bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
	});
	counting = true;
	await page.keyboard.press('Control+k');
	const input = page.locator('dialog[open] input, dialog[open] [role="searchbox"], [role="dialog"] input').first();
	await input.waitFor({ state: 'visible' });
	// A reader takes longer than this to type a word: let what opening the dialog loads arrive first.
	await page.waitForLoadState('networkidle');
	await page.evaluate((selector) => {
		const state = window as unknown as { benchInputAt?: number; benchResultAt?: number | undefined };
		document.addEventListener('input', () => {
			state.benchInputAt = performance.now();
			delete state.benchResultAt;
		}, true);
		new MutationObserver(() => {
			if (state.benchInputAt !== undefined && state.benchResultAt === undefined) {
				const first = document.querySelector<HTMLElement>(selector);
				if (first && first.offsetParent !== null) state.benchResultAt = performance.now();
			}
		}).observe(document.body, { subtree: true, childList: true, attributes: true });
	}, resultSelector);
	// One input event carrying the whole query, as when a word is pasted or autocompleted.
	await input.fill(query);
	await page.waitForFunction(() => (window as unknown as { benchResultAt?: number }).benchResultAt !== undefined, null, { timeout: 20_000 });
	await page.waitForLoadState('networkidle');
	const { benchInputAt = 0, benchResultAt = 0 } = await page.evaluate(() => {
		const state = window as unknown as { benchInputAt?: number; benchResultAt?: number };
		return { benchInputAt: state.benchInputAt, benchResultAt: state.benchResultAt };
	});
	counting = false;
	await context.close();
	return { firstResultMs: benchResultAt - benchInputAt, bytesFetched: bytes };
}

/** Median search figures over `runs` fresh contexts. */
export async function medianSearch(browser: Browser, url: string, query: string, selector: string, runs: number): Promise<SearchTiming> {
	const timings: SearchTiming[] = [];
	for (let run = 0; run < runs; run++) timings.push(await measureSearch(browser, url, query, selector));
	return { firstResultMs: median(timings.map((t) => t.firstResultMs)), bytesFetched: median(timings.map((t) => t.bytesFetched)) };
}
