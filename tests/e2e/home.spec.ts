import { expect, test } from '@playwright/test';

test('the home page is in French and shows the emergency numbers', async ({ page }) => {
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	const emergency = page.getByRole('region', { name: 'En cas d’urgence' });
	await expect(emergency.getByRole('link', { name: /^119/ })).toHaveAttribute('href', 'tel:119');
	await expect(emergency.getByRole('link', { name: /^114/ })).toHaveAttribute('href', 'sms:114');
});

test('the home page offers four entry paths, one per audience', async ({ page }) => {
	await page.goto('/');
	for (const name of [/professionnel·le/, /parent ou proche/, /formateur·rice/, /webinaire/]) {
		await expect(page.getByRole('link', { name })).toBeVisible();
	}
});
