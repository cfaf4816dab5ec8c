import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { axeViolations, colourRules, recordForeignRequests, useDarkTheme } from './support/gates';

/**
 * The gates can fail: each one is run on a fixture page (tests/fixtures/gates/) served on the
 * site's own address, and must report the fault the fixture holds.
 */
async function openFixture(page: Page, name: string): Promise<void> {
	const body = readFileSync(`tests/fixtures/gates/${name}.html`, 'utf8');
	await page.route(`**/__controle__/${name}/`, (route) => route.fulfill({ body, contentType: 'text/html; charset=utf-8' }));
	await page.goto(`/__controle__/${name}/`);
}

test('the axe gate reports a missing text alternative, an unlabelled field and low contrast', async ({ page }) => {
	await openFixture(page, 'axe-violations');
	const ids = (await axeViolations(page)).map((violation) => violation.id);
	expect(ids).toEqual(expect.arrayContaining(['image-alt', 'label', 'color-contrast']));
});

test('the dark-theme pass reports a contrast fault that only the dark theme has', async ({ page }) => {
	await openFixture(page, 'dark-theme-contrast');
	expect(await axeViolations(page)).toEqual([]);
	await useDarkTheme(page);
	expect((await axeViolations(page, { rules: colourRules })).map((violation) => violation.id)).toEqual(['color-contrast']);
});

test('the request gate records every request to another host, and only those', async ({ page, context, baseURL }) => {
	const foreign = await recordForeignRequests(context, new URL(baseURL!).origin);
	await openFixture(page, 'third-party');
	await expect.poll(() => foreign.length).toBe(3);
	expect(foreign.sort()).toEqual(['https://mesure.example.org/visite', 'https://pixel.example.com/suivi.gif', 'https://polices.example.net/police.css']);
});

test('the request gate also records a request that the security policy blocked before it left', async ({ page, context, baseURL }) => {
	const foreign = await recordForeignRequests(context, new URL(baseURL!).origin);
	await openFixture(page, 'third-party-under-csp');
	await expect.poll(() => foreign).toEqual(['https://pixel.example.com/bloque.gif']);
});
