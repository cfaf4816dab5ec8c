import { expect, test } from '@playwright/test';
import { loadBuiltSite } from '../../scripts/lib/built-site';
import { axeViolations, colourRules, describeViolations, recordForeignRequests, useDarkTheme, waitForIdle } from './support/gates';

/**
 * Gates over every page of the sitemap of the built site: zero axe violations (WCAG 2.x A and AA)
 * in the light and the dark theme, and zero requests to another host while the page loads.
 * Links, titles, descriptions and h1 are checked without a browser (`npm run check:site`).
 */
const { pages } = loadBuiltSite('dist');

for (const path of pages) {
	test(`page ${path} passes axe in both themes and requests nothing from another host`, async ({ page, context, baseURL }) => {
		const foreign = await recordForeignRequests(context, new URL(baseURL!).origin);
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
		const light = await axeViolations(page);
		await useDarkTheme(page);
		const dark = await axeViolations(page, { rules: colourRules });
		await waitForIdle(page);

		expect.soft(describeViolations(light), 'violations axe, thème clair').toEqual([]);
		expect.soft(describeViolations(dark), 'violations axe (couleurs), thème sombre').toEqual([]);
		expect.soft(foreign, 'requêtes vers un autre hôte').toEqual([]);
	});
}
