import { expect, test } from '@playwright/test';
import { builtPages } from './support/built-pages';

test.describe('on a phone 360 px wide', () => {
	test.use({ viewport: { width: 360, height: 740 } });

	test('no page scrolls sideways', async ({ page }) => {
		test.setTimeout(10_000 + builtPages().length * 2_000);
		const overflowing: string[] = [];
		for (const path of builtPages()) {
			await page.goto(path);
			const { scrollWidth, clientWidth, culprit } = await page.evaluate(() => {
				const width = document.documentElement.clientWidth;
				// Name the widest element that sticks out, to make the failure actionable.
				const wide = [...document.body.querySelectorAll<HTMLElement>('*')].find((element) => element.getBoundingClientRect().right > width + 1 && getComputedStyle(element).position !== 'fixed');
				return { scrollWidth: document.documentElement.scrollWidth, clientWidth: width, culprit: wide ? `${wide.tagName.toLowerCase()}.${wide.className}` : '' };
			});
			if (scrollWidth > clientWidth + 1) overflowing.push(`${path} (${scrollWidth} px > ${clientWidth} px, ${culprit})`);
		}
		expect(overflowing).toEqual([]);
	});
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('every page shows its title, its content and the navigation', async ({ page }) => {
		test.setTimeout(10_000 + builtPages().length * 2_000);
		for (const path of builtPages()) {
			await page.goto(path);
			await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
			await expect(page.locator('main'), path).not.toBeEmpty();
			await expect(page.getByRole('link', { name: 'Quitter ce site' }), path).toBeVisible();
		}
	});
});
