import { expect, test, type Page } from '@playwright/test';

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

/**
 * Accents and elision, on words of the home page: « repérage » (entry paths), « n’apparaît »
 * written with the typographic apostrophe (content/urgences.yaml, 119) and « l'école » written
 * with the straight one (hero of content/pages/index.mdx). If that wording changes, pick other
 * words that appear only after an apostrophe. The index gets normalised apostrophes
 * (src/integrations/pagefind.ts), the query too (src/search/query.ts).
 */
test.describe('accents and elided articles', () => {
	async function searchFromHome(page: Page): Promise<(query: string, highlighted: RegExp) => Promise<void>> {
		await page.goto('/');
		await page.getByRole('button', { name: 'Rechercher' }).click();
		const dialog = page.getByRole('dialog', { name: 'Rechercher dans le site' });
		return async (query, highlighted) => {
			await dialog.getByRole('searchbox', { name: 'Mots à rechercher' }).fill(query);
			await expect(dialog.getByRole('status')).toHaveText(new RegExp(`^\\d+ résultats? pour « ${query.replace(/’/g, "'")} »`));
			// Some result shown highlights the word (others may match by prefix: « appareil »).
			const marks = () => dialog.getByRole('listitem').locator('mark').allInnerTexts();
			await expect.poll(marks, { message: `mots surlignés pour « ${query} »`, timeout: 3000 }).toContainEqual(expect.stringMatching(highlighted));
		};
	}

	test('a search with or without accent finds the pages that speak of repérage', async ({ page }) => {
		const search = await searchFromHome(page);
		await search('reperage', /repérage/i);
		await search('repérage', /repérage/i);
	});

	test('a word after an elided article is found, whichever apostrophe the page or the reader uses', async ({ page }) => {
		const search = await searchFromHome(page);
		// The page writes « n’apparaît » (typographic): found alone and typed with either apostrophe.
		for (const query of ['apparaît', 'n’apparaît', "n'apparaît"]) await search(query, /apparaît/);
		// The page writes « l'école » (straight): found typed with either apostrophe.
		for (const query of ['école', 'l’école', "l'école"]) await search(query, /école/);
	});
});
