import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// Runs against the build of tests/fixtures/territoire-exemple (project « second-territory »).

test('the second territory publishes its own hub with its own title and pages', async ({ page }) => {
	await page.goto('/');
	await expect(page).toHaveTitle(/Réseau d'exemple/);
	await expect(page.getByRole('link', { name: /^119/ })).toHaveAttribute('href', 'tel:119');
	await page.getByRole('link', { name: 'Repères', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText("Repères du territoire d'exemple");
});

test('nothing of the Puy-de-Dôme leaks into the second territory’s pages', () => {
	for (const file of ['index.html', 'reperes/index.html']) {
		const html = readFileSync(`dist-territoire-exemple/${file}`, 'utf8');
		expect(html, file).not.toMatch(/Puy-de-Dôme|CDEF 63|Clermont/);
	}
});

test('search finds a word that only the second territory’s pages contain', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('button', { name: 'Rechercher' }).click();
	const dialog = page.getByRole('dialog', { name: 'Rechercher dans le site' });
	await dialog.getByRole('searchbox').fill('ornithorynque');
	await expect(dialog.getByRole('link', { name: "Repères du territoire d'exemple" })).toBeVisible();
});
