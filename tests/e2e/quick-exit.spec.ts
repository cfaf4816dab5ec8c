import { expect, test } from '@playwright/test';
import { quickExitDestination } from '../../src/scripts/quick-exit-config';

// The neutral site is answered locally: tests never contact a third party.
test.beforeEach(async ({ page }) => {
	await page.route(`${quickExitDestination}**`, (route) => route.fulfill({ contentType: 'text/html', body: '<title>Neutre</title><p>Page neutre</p>' }));
});

test('the quick exit button is visible and replaces the current history entry', async ({ page }) => {
	await page.goto('/');
	await page.goto('/?deuxieme');
	const button = page.getByRole('link', { name: 'Quitter ce site' });
	await expect(button).toBeVisible();
	await button.click();
	await page.waitForURL(quickExitDestination);
	await expect(page.getByText('Page neutre')).toBeVisible();
	// The page that was left is no longer in history: Back lands on the page before it.
	await page.goBack();
	await expect(page).toHaveURL(/\/$/);
	await expect(page.locator('html')).not.toHaveClass(/quick-exit-active/);
	await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('pressing Shift three times leaves the site', async ({ page }) => {
	await page.goto('/');
	for (let press = 0; press < 3; press++) await page.keyboard.press('Shift');
	await page.waitForURL(quickExitDestination);
});

test('two Shift presses and another key do not leave the site', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Shift');
	await page.keyboard.press('Shift');
	await page.keyboard.press('a');
	await page.keyboard.press('Shift');
	await page.waitForTimeout(300);
	await expect(page).toHaveURL(/localhost/);
});

test('the quick exit button stays visible on a phone without covering other controls', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto('/');
	const button = page.getByRole('link', { name: 'Quitter ce site' });
	await expect(button).toBeInViewport();
	const exitBox = (await button.boundingBox())!;
	// Every other visible control of the header (search, menu) must not overlap it.
	for (const control of await page.locator('header button:visible, header a:visible').all()) {
		if ((await control.getAttribute('data-quick-exit')) !== null) continue;
		const box = await control.boundingBox();
		if (!box) continue;
		const overlaps = box.x < exitBox.x + exitBox.width && exitBox.x < box.x + box.width && box.y < exitBox.y + exitBox.height && exitBox.y < box.y + box.height;
		expect(overlaps, `${await control.textContent()} overlaps the quick exit button`).toBe(false);
	}
	// Still visible after scrolling: the header stays on screen.
	await page.mouse.wheel(0, 2000);
	await expect(button).toBeInViewport();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the quick exit is a plain link to the neutral site', async ({ page }) => {
		await page.goto('/');
		await expect(page.getByRole('link', { name: 'Quitter ce site' })).toHaveAttribute('href', quickExitDestination);
	});
});
