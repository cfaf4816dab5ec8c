import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

/** Number of entries in the content folder (one YAML file per entry, `_` files are not entries). */
const entryCount = readdirSync(join(process.cwd(), 'content/lexique')).filter((name) => name.endsWith('.yaml') && !name.startsWith('_')).length;

const entries = (page: Page) => page.locator('article.glossary-entry');
const visibleEntries = (page: Page) => page.locator('article.glossary-entry:visible');
const filter = (page: Page) => page.getByRole('navigation', { name: 'Filtrer par type' });

test('the glossary lists every term A-Z with a letter index and stable anchors', async ({ page }) => {
	await page.goto('/lexique/');
	await expect(page.getByRole('heading', { level: 1, name: 'Lexique commun' })).toBeVisible();
	await expect(entries(page)).toHaveCount(entryCount);
	await expect(visibleEntries(page)).toHaveCount(entryCount);
	const index = page.getByRole('navigation', { name: 'Index alphabétique' });
	await index.getByRole('link', { name: 'Lettre M' }).click();
	await expect(page).toHaveURL(/\/lexique\/#lettre-m$/);
	await expect(page.getByRole('heading', { level: 2, name: 'M', exact: true })).toBeInViewport();
	await page.goto('/lexique/#crip');
	await expect(page.getByRole('heading', { level: 3, name: 'CRIP', exact: true })).toBeInViewport();
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the filter by kind is a link to a page that lists only that kind', async ({ page }) => {
		await page.goto('/lexique/');
		await filter(page).getByRole('link', { name: /^Sigles/ }).click();
		await expect(page).toHaveURL(/\/lexique\/sigles\/$/);
		await expect(page.getByRole('heading', { level: 1, name: 'Lexique commun : sigles' })).toBeVisible();
		await expect(filter(page).getByRole('link', { name: /^Sigles/ })).toHaveAttribute('aria-current', 'page');
		await expect(page.getByRole('heading', { level: 3, name: 'CRIP', exact: true })).toBeVisible();
		await expect(page.getByRole('heading', { level: 3, name: 'michetonnage' })).toBeHidden();
		const kinds = await visibleEntries(page).locator('.glossary-entry__kind').allTextContents();
		expect(kinds.length).toBeGreaterThan(50);
		expect(new Set(kinds.map((text) => text.replace('Type : ', '').trim()))).toEqual(new Set(['Sigle']));
		await filter(page).getByRole('link', { name: /^Mots des jeunes/ }).click();
		await expect(page).toHaveURL(/\/lexique\/mots-des-jeunes\/$/);
		await expect(page.getByRole('heading', { level: 3, name: 'michetonnage' })).toBeVisible();
		await expect(page.getByRole('heading', { level: 3, name: 'CRIP', exact: true })).toBeHidden();
	});
});

test('with JavaScript the filter works in place, updates the address and announces the count', async ({ page }) => {
	await page.goto('/lexique/');
	await page.evaluate(() => {
		(window as unknown as { notReloaded: boolean }).notReloaded = true;
	});
	await filter(page).getByRole('link', { name: /^Mots des jeunes/ }).click();
	await expect(page).toHaveURL(/\/lexique\/mots-des-jeunes\/$/);
	expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
	await expect(filter(page).getByRole('status')).toHaveText(/^7 termes affichés : mots des jeunes\.$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Lexique commun : mots des jeunes');
	await expect(visibleEntries(page)).toHaveCount(7);
	await expect(page.getByRole('heading', { level: 3, name: 'michetonnage' })).toBeVisible();
	await expect(page.getByRole('heading', { level: 3, name: 'CRIP', exact: true })).toBeHidden();
	await page.goBack();
	await expect(page).toHaveURL(/\/lexique\/$/);
	await expect(visibleEntries(page)).toHaveCount(entryCount);
	await expect(filter(page).getByRole('link', { name: /^Tous les termes/ })).toHaveAttribute('aria-current', 'page');
});

test('a term has its own page with its definition and related terms', async ({ page }) => {
	await page.goto('/lexique/crip/');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('CRIP (Cellule de recueil des informations préoccupantes)');
	await page.getByRole('link', { name: 'information préoccupante' }).click();
	await expect(page).toHaveURL(/\/lexique\/information-preoccupante\/$/);
	await page.goto('/lexique/michetonnage/');
	await expect(page.getByRole('complementary', { name: 'Comment l’entendre' })).toContainText('signal d\'alerte');
});

test('in a page, the first ASE shows its expansion and links to the glossary; later ones stay plain', async ({ page }) => {
	await page.goto('/lexique/mode-d-emploi/');
	const content = page.locator('.sl-markdown-content');
	const link = content.getByRole('link', { name: /^ASE/ });
	await expect(link).toHaveCount(1);
	await expect(link).toHaveAttribute('href', '/lexique/ase/');
	await expect(link).toHaveAccessibleName('ASE (définition dans le lexique)');
	await expect(link.locator('abbr')).toHaveAttribute('title', 'Aide sociale à l\'enfance');
	await expect(content.getByRole('link', { name: /^CRIP/ })).toHaveAttribute('href', '/lexique/crip/');
	await expect(content.getByRole('link', { name: /^MECS/ }).locator('abbr')).toHaveAttribute('title', 'Maison d\'enfants à caractère social');
	await expect(content.getByRole('heading').getByRole('link', { name: /lexique/ })).toHaveCount(0);
	await link.click();
	await expect(page).toHaveURL(/\/lexique\/ase\/$/);
});

async function search(page: Page, query: string): Promise<string | null> {
	await page.goto('/');
	await page.getByRole('button', { name: 'Rechercher' }).click();
	const dialog = page.getByRole('dialog', { name: 'Rechercher dans le site' });
	await dialog.getByRole('searchbox').fill(query);
	const first = dialog.getByRole('listitem').first().getByRole('link');
	await expect(first).toBeVisible({ timeout: 15_000 });
	return first.getAttribute('href');
}

test('searching CRIP or michetonnage gives the term first', async ({ page }) => {
	expect(await search(page, 'CRIP')).toBe('/lexique/crip/');
	expect(await search(page, 'michetonnage')).toBe('/lexique/michetonnage/');
});

test('the glossary prints as a handout: the whole list, without navigation', async ({ page }) => {
	await page.goto('/lexique/');
	await page.emulateMedia({ media: 'print' });
	await expect(page.getByText(/lexique\/ · version du/)).toBeVisible();
	await expect(filter(page)).toBeHidden();
	await expect(page.getByRole('navigation', { name: 'Index alphabétique' })).toBeHidden();
	await expect(page.locator('header.header')).toBeHidden();
	await expect(page.locator('.sidebar-pane')).toBeHidden();
	await expect(visibleEntries(page)).toHaveCount(entryCount);
	expect(await page.locator('.glossary-list').evaluate((element) => getComputedStyle(element).columnCount)).toBe('2');
	expect(await entries(page).first().evaluate((element) => getComputedStyle(element).breakInside)).toBe('avoid');
	await page.emulateMedia({ media: 'screen' });
	await expect(page.getByText(/lexique\/ · version du/)).toBeHidden();
});

// /lexique/sigles/ has the same markup as /lexique/ (other kinds hidden): checking /lexique/ covers it.
for (const path of ['/lexique/', '/lexique/crip/', '/lexique/sugar-daddy/', '/lexique/mode-d-emploi/']) {
	test(`${path} passes axe (WCAG 2.x A and AA) in light and dark themes`, async ({ page }) => {
		// The full list is a long page: axe needs more than the default minute on a busy machine.
		test.setTimeout(150_000);
		for (const theme of ['light', 'dark']) {
			await page.goto(path);
			await page.evaluate((value) => document.documentElement.setAttribute('data-theme', value), theme);
			const results = await new AxeBuilder({ page })
				.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
				.analyze();
			expect(results.violations.map((violation) => `${theme} ${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
		}
	});
}
