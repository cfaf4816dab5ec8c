import { expect, test } from '@playwright/test';

/** The main menu (Starlight labels it « principale » in French). */
const menu = (page: import('@playwright/test').Page) => page.getByRole('navigation', { name: 'principale' });

test.describe('the menu shows the open section in full and every other section as one link', () => {
	test.use({ javaScriptEnabled: false });

	test('a reader on a guidance page follows a closed section to its first page, where it opens', async ({ page }) => {
		await page.goto('/reperer/');
		// The section of the page lists its pages; the directory's is one link, its « Carte » page not in the HTML.
		await expect(menu(page).getByRole('link', { name: 'Vue d’ensemble', exact: true })).toHaveAttribute('aria-current', 'page');
		await expect(menu(page).getByRole('link', { name: 'Fiche réflexe à imprimer' })).toBeVisible();
		await expect(menu(page).getByRole('link', { name: 'Carte', exact: true })).toHaveCount(0);
		await menu(page).getByRole('link', { name: 'Partenaires', exact: true }).click();
		await expect(page).toHaveURL(/\/partenaires\/$/);
		await expect(menu(page).getByRole('link', { name: 'Carte', exact: true })).toBeVisible();
	});

	test('a page generated from data keeps its section open (a partner’s page under the directory)', async ({ page }) => {
		await page.goto('/partenaires/cdef-63/');
		await expect(menu(page).getByRole('link', { name: 'Annuaire', exact: true })).toBeVisible();
		await expect(menu(page).getByRole('link', { name: 'Carte', exact: true })).toBeVisible();
		await expect(menu(page).getByRole('link', { name: 'Comprendre', exact: true })).toHaveAttribute('href', /^\/comprendre\//);
	});
});
