import { expect, test } from '@playwright/test';

test('search opens in French, loads nothing before it is opened, and finds a page', async ({ page }) => {
	const fetched: string[] = [];
	page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
	await page.goto('/effacer-vos-traces/');
	await page.waitForLoadState('networkidle');
	expect(fetched.filter((path) => path.startsWith('/pagefind/'))).toEqual([]);

	await page.getByRole('button', { name: 'Rechercher' }).click();
	const dialog = page.getByRole('dialog', { name: 'Rechercher dans le site' });
	await dialog.getByRole('searchbox', { name: 'Mots à rechercher' }).fill('navigation privée');
	await expect(dialog.getByRole('status')).toHaveText(/\d+ résultats? pour « navigation privée »/);
	await expect(dialog.getByRole('link', { name: 'Effacer vos traces' })).toBeVisible();
	await dialog.getByRole('link', { name: 'Effacer vos traces' }).click();
	await expect(dialog).not.toBeVisible();
});

test('a search with no result says so in French', async ({ page }) => {
	await page.goto('/');
	await page.keyboard.press('Control+k');
	const dialog = page.getByRole('dialog', { name: 'Rechercher dans le site' });
	await dialog.getByRole('searchbox').fill('zzzqqqxxx');
	await expect(dialog.getByRole('status')).toHaveText(/^Aucun résultat pour « zzzqqqxxx »/);
	await page.keyboard.press('Escape');
	await expect(dialog).not.toBeVisible();
});
