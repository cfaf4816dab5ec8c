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

	test('the map and its text alternative are complete without JavaScript', async ({ page }) => {
		await page.goto('/partenaires/carte/');
		const map = page.getByRole('group', { name: /^Carte des partenaires/ });
		await expect(map).toBeVisible();
		const markers = map.getByRole('link');
		expect(await markers.count()).toBeGreaterThan(0);
		// The text lists the same communes as the map: one marker, one line per commune.
		await expect(page.locator('ul.commune-list > li')).toHaveCount(await markers.count());
		await expect(page.getByRole('heading', { name: 'Partenaires qui ne sont pas sur la carte' })).toBeVisible();
		await expect(page.getByRole('link', { name: 'Ressources nationales' })).toHaveAttribute('href', '/partenaires/categorie/ressources-nationales/');
		await expect(page.getByRole('link', { name: 'Partenaires dont la commune est à confirmer' })).toHaveAttribute('href', '/partenaires/commune/a-confirmer/');
		await expect(page.getByText(/Sources : IGN/).first()).toBeVisible();
	});

	test('a keyboard user pages through the directory', async ({ page }) => {
		await page.goto('/partenaires/');
		const pagination = page.getByRole('navigation', { name: 'Pagination' });
		await expect(pagination.getByText('Page 1 sur 2')).toBeVisible();
		await expect(pagination.getByRole('link', { name: 'Page 1', exact: true })).toHaveAttribute('aria-current', 'page');
		await expect(pagination.getByRole('link', { name: /précédente/ })).toHaveCount(0);
		const firstPage = await visibleCardNames(page);
		expect(firstPage).toHaveLength(24);

		// From the last card, the next stops are the page links, then « Page suivante ».
		await page.locator('.partner-card').last().getByRole('link').last().focus();
		await page.keyboard.press('Tab');
		await expect(pagination.getByRole('link', { name: 'Page 1', exact: true })).toBeFocused();
		await page.keyboard.press('Tab');
		await page.keyboard.press('Tab');
		await expect(pagination.getByRole('link', { name: /Page suivante/ })).toBeFocused();
		await page.keyboard.press('Enter');

		await expect(page).toHaveURL(/\/partenaires\/page\/2\/$/);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Annuaire des partenaires (page 2 sur 2)');
		await expect(pagination.getByRole('link', { name: 'Page 2', exact: true })).toHaveAttribute('aria-current', 'page');
		const secondPage = await visibleCardNames(page);
		expect(secondPage.length).toBeGreaterThan(0);
		expect(secondPage.some((name) => firstPage.includes(name))).toBe(false);
		await pagination.getByRole('link', { name: /Page précédente/ }).focus();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/\/partenaires\/$/);
	});
});

test('with JavaScript, the form opens the list of a category or need for an audience', async ({ page }) => {
	await page.goto('/partenaires/');
	await expect(page.getByRole('navigation', { name: 'Filtrer l’annuaire' })).toBeHidden();
	const form = page.getByRole('form', { name: 'Filtrer les partenaires' });
	const what = form.getByRole('combobox', { name: 'Catégorie ou besoin' });
	const show = form.getByRole('button', { name: 'Afficher' });
	await what.selectOption({ label: 'Acteurs de la santé' });
	// Choosing does not leave the page (WCAG 3.2.2); the button does.
	await expect(page).toHaveURL(/\/partenaires\/$/);
	await show.click();
	await expect(page).toHaveURL(/\/partenaires\/categorie\/sante\/$/);
	expect(await visibleCardNames(page)).toEqual(healthPartners.map((name) => name.replaceAll("'", '’')));

	await form.getByRole('combobox', { name: 'Public' }).selectOption({ label: 'Familles et proches' });
	await show.click();
	await expect(page).toHaveURL(/\/partenaires\/categorie\/sante\/familles\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Acteurs de la santé : familles et proches');
	await expect(what).toHaveValue('/partenaires/categorie/sante/');
	await expect(form.getByRole('combobox', { name: 'Public' })).toHaveValue('familles');
	const names = await visibleCardNames(page);
	expect(names.length).toBeLessThan(healthPartners.length);
	expect(names).toContain('Maison des adolescents');

	await what.selectOption({ label: 'Écoute et soutien' });
	await show.click();
	await expect(page).toHaveURL(/\/partenaires\/besoin\/ecoute-soutien\/familles\/$/);
	await what.selectOption({ label: 'Tous' });
	await show.click();
	await expect(page).toHaveURL(/\/partenaires\/public\/familles\/$/);
});

test('map markers are reached by keyboard, named, and lead to a partner or to the list of a commune', async ({ page }) => {
	await page.goto('/partenaires/carte/');
	const markers = page.getByRole('group', { name: /^Carte des partenaires/ }).getByRole('link');
	const count = await markers.count();
	expect(count).toBeGreaterThan(0);
	for (let index = 0; index < count; index += 1) {
		await expect(markers.nth(index)).toHaveAccessibleName(/\S/);
		expect(await markers.nth(index).getAttribute('href')).toMatch(/^\/partenaires\/([a-z0-9-]+|commune\/[0-9AB]{5}|commune\/a-confirmer)\/$/);
	}

	let focused = '';
	for (let press = 0; press < 60 && !focused; press += 1) {
		await page.keyboard.press('Tab');
		focused = await page.evaluate(() => (document.activeElement?.closest('svg.hub-map a') ? document.activeElement.getAttribute('href') ?? '' : ''));
	}
	expect(focused).not.toBe('');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(new RegExp(`${focused}$`));
	if (focused.startsWith('/partenaires/commune/')) {
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(/\s:\spartenaires de la commune$/);
		const first = page.locator('.partner-card').first().getByRole('link');
		const name = await first.innerText();
		await first.focus();
		await page.keyboard.press('Enter');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(new RegExp(name.slice(0, 20).replace(/[()]/g, '.')));
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
	['/partenaires/page/2/', 'dark'],
	['/partenaires/commune/63113/', 'light'],
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
