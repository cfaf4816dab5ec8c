import { expect, test } from '@playwright/test';

test('the home page states its accessibility status and links to the statement', async ({ page }) => {
	await page.goto('/');
	const legal = page.getByRole('navigation', { name: 'Informations légales' });
	await expect(legal.getByRole('link', { name: 'Accessibilité : non conforme' })).toHaveAttribute('href', '/accessibilite/');
	await legal.getByRole('link', { name: 'Accessibilité : non conforme' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Déclaration d'accessibilité");
});

test.describe('on a phone 360 px wide', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('a wide table scrolls inside its own named region, which the keyboard can reach', async ({ page }) => {
		await page.goto('/dispositif/budget/');
		const region = page.getByRole('region', { name: 'Tableau : Plan de financement demandé, par année' });
		await expect(region).toBeVisible();
		const { scrollWidth, clientWidth } = await region.evaluate((element) => ({ scrollWidth: element.scrollWidth, clientWidth: element.clientWidth }));
		expect(scrollWidth).toBeGreaterThan(clientWidth);
		await region.focus();
		await expect(region).toBeFocused();
		await page.keyboard.press('ArrowRight');
		await expect.poll(() => region.evaluate((element) => element.scrollLeft)).toBeGreaterThan(0);
	});

	test('a Markdown table is named after the heading above it', async ({ page }) => {
		await page.goto('/dispositif/cdef-63/');
		await expect(page.getByRole('region', { name: 'Tableau : Forces et faiblesses du CDEF comme pilote' })).toBeVisible();
	});
});
