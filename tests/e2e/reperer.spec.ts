import { expect, test, type Page } from '@playwright/test';
import { PDFDocument } from 'pdf-lib';

const decisionAid = '/reperer/que-faire/';
const ficheReflexe = '/reperer/fiche-reflexe/';

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the decision aid leads from each question to the section that says what to do', async ({ page }) => {
		await page.goto(decisionAid);
		const questions = page.getByRole('main').getByRole('list').first();
		const answers: [link: string, heading: string][] = [
			['danger immédiat', 'Danger immédiat'],
			['situation urgente', 'Situation urgente'],
			['signalement au parquet des mineurs', 'Signalement au parquet des mineurs'],
			['information préoccupante', 'Information préoccupante'],
			['Demander conseil au 119', 'Demander conseil au 119'],
			['Au retour d\'une fugue', 'Au retour d\'une fugue'],
		];
		for (const [link, heading] of answers) {
			await questions.getByRole('link', { name: link, exact: true }).click();
			await expect(page.getByRole('heading', { level: 2, name: heading, exact: true })).toBeInViewport();
			await page.goBack();
		}
	});

	test('the decision aid gives the emergency numbers and the urgent-situation rules', async ({ page }) => {
		await page.goto(`${decisionAid}#situation-urgente`);
		const emergency = page.getByRole('region', { name: 'Appeler les secours' });
		await expect(emergency.getByRole('link', { name: /^17/ })).toHaveAttribute('href', 'tel:17');
		await expect(emergency.getByRole('link', { name: /^112/ })).toHaveAttribute('href', 'tel:112');
		await expect(emergency.getByRole('link', { name: /^114/ })).toHaveAttribute('href', 'sms:114');
		await expect(page.getByRole('region', { name: 'Allô Enfance en danger' }).getByRole('link', { name: /^119/ })).toHaveAttribute('href', 'tel:119');
		const main = page.getByRole('main');
		await expect(main).toContainText('dans les 24 heures');
		await expect(main).toContainText('décret n° 2016-1813');
		await expect(main).toContainText('cellule de recueil des informations préoccupantes (CRIP)');
		await expect(main).toContainText('Mener l\'entretien de retour');
	});

	test('the frequent questions open and close without JavaScript', async ({ page }) => {
		await page.goto(decisionAid);
		const answer = page.getByText('c\'est la CRIP', { exact: false });
		await expect(answer).toBeHidden();
		await page.getByText('Je n\'ai pas de preuve : puis-je quand même alerter ?').click();
		await expect(answer).toBeVisible();
	});

	test('the fiche réflexe shows the numbers and whom to alert, and no print button it could not run', async ({ page }) => {
		await page.goto(ficheReflexe);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fiche réflexe : prostitution des mineur·es');
		const numbers = page.getByRole('region', { name: 'Numéros à connaître' });
		const expected: [digits: string, href: string][] = [['119', 'tel:119'], ['17', 'tel:17'], ['112', 'tel:112'], ['114', 'sms:114']];
		for (const [digits, href] of expected) {
			await expect(numbers.getByRole('link', { name: new RegExp(`^${digits} `) })).toHaveAttribute('href', href);
		}
		await expect(page.getByRole('table')).toContainText('Information préoccupante à la CRIP');
		await expect(page.getByRole('button', { name: 'Imprimer la fiche' })).toBeHidden();
	});
});

test('with JavaScript, the fiche réflexe offers a print button that opens the print dialog', async ({ page }) => {
	await page.addInitScript(() => {
		window.print = () => document.documentElement.setAttribute('data-printed', 'oui');
	});
	await page.goto(ficheReflexe);
	await page.getByRole('button', { name: 'Imprimer la fiche' }).click();
	await expect(page.locator('html')).toHaveAttribute('data-printed', 'oui');
});

test.describe('printing, with the browser\'s own print command (no JavaScript)', () => {
	test.use({ javaScriptEnabled: false });

	test('the fiche réflexe prints on one A4 page, without navigation, search or table of contents', async ({ page }) => {
		await page.goto(ficheReflexe);
		await page.emulateMedia({ media: 'print' });
		await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
		await expect(page.getByRole('table')).toBeVisible();
		await expect(page.getByRole('region', { name: 'Numéros à connaître' })).toBeVisible();
		for (const hidden of ['.page > header', 'nav.sidebar', '.right-sidebar-container', 'mobile-starlight-toc', '.main-pane footer']) {
			await expect(page.locator(hidden)).toBeHidden();
		}
		await expect(page.getByRole('button', { name: 'Imprimer la fiche' })).toBeHidden();

		const pdf = await PDFDocument.load(await page.pdf({ format: 'A4' }));
		expect(pdf.getPageCount()).toBe(1);
		// A4 is 210 x 297 mm, about 595 x 842 points (Chromium rounds to the inch fraction).
		expect(Math.abs(pdf.getPage(0).getWidth() - 595)).toBeLessThan(2);
		expect(Math.abs(pdf.getPage(0).getHeight() - 842)).toBeLessThan(2);
	});

	test('the print rules of the fiche réflexe apply to that page only', async ({ page }) => {
		await page.goto(decisionAid);
		await page.emulateMedia({ media: 'print' });
		await expect(page.locator('.page > header')).toBeVisible();
	});
});

/** Clicks a link of the main content or of the page's cards, and counts the click. */
async function follow(page: Page, name: string | RegExp, clicks: { count: number }) {
	await page.getByRole('main').getByRole('link', { name, exact: typeof name === 'string' }).click();
	clicks.count += 1;
}

test.describe('from the home page, a professional reaches in three clicks at most', () => {
	test('the warning signs', async ({ page }) => {
		const clicks = { count: 0 };
		await page.goto('/');
		await follow(page, /professionnel·le/, clicks);
		await follow(page, '1. Repérer les signes d\'alerte', clicks);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Les signes d\'alerte');
		await expect(page.getByRole('heading', { level: 2, name: 'Absences et fugues répétées' })).toBeVisible();
		expect(clicks.count).toBeLessThanOrEqual(3);
	});

	test('what to do in an urgent situation', async ({ page }) => {
		const clicks = { count: 0 };
		await page.goto('/');
		await follow(page, /professionnel·le/, clicks);
		await follow(page, 'voir la marche à suivre', clicks);
		await expect(page).toHaveURL(/\/reperer\/que-faire\/#situation-urgente$/);
		await expect(page.getByRole('heading', { level: 2, name: 'Situation urgente', exact: true })).toBeInViewport();
		expect(clicks.count).toBeLessThanOrEqual(3);
	});

	test('the fiche réflexe to print', async ({ page }) => {
		const clicks = { count: 0 };
		await page.goto('/');
		await follow(page, /professionnel·le/, clicks);
		await follow(page, 'Fiche réflexe à imprimer', clicks);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Fiche réflexe : prostitution des mineur·es');
		expect(clicks.count).toBeLessThanOrEqual(3);
	});
});
