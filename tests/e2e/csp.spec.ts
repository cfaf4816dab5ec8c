import { expect, test } from '@playwright/test';
import { builtPages } from './support/built-pages';

test('every page carries a strict content security policy and violates none of it', async ({ page }) => {
	test.setTimeout(10_000 + builtPages().length * 3_000);
	const violations: string[] = [];
	await page.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			(window as unknown as { cspViolations: string[] }).cspViolations ??= [];
			(window as unknown as { cspViolations: string[] }).cspViolations.push(`${event.violatedDirective} ${event.blockedURI}`);
		});
	});
	page.on('console', (message) => {
		if (/Content Security Policy/i.test(message.text())) violations.push(`${page.url()} : ${message.text()}`);
	});
	for (const path of builtPages()) {
		await page.goto(path);
		const policy = await page.locator('meta[http-equiv="content-security-policy"]').getAttribute('content');
		expect(policy, path).toContain("default-src 'self'");
		expect(policy, path).toContain("object-src 'none'");
		expect(policy, path).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		const pageViolations = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
		violations.push(...pageViolations.map((violation) => `${path} : ${violation}`));
	}
	// Search runs WebAssembly and a worker: open it once under the policy.
	await page.goto('/');
	await page.getByRole('button', { name: 'Rechercher' }).click();
	const dialog = page.getByRole('dialog', { name: 'Rechercher dans le site' });
	await dialog.getByRole('searchbox').fill('urgence');
	await expect(dialog.getByRole('listitem').first()).toBeVisible();
	await page.waitForTimeout(1500);
	violations.push(...(await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? [])));
	expect(violations).toEqual([]);
});

test('a script injected into a page is blocked by the policy', async ({ page }) => {
	await page.goto('/');
	const ran = await page.evaluate(async () => {
		const blocked = new Promise<boolean>((resolve) => document.addEventListener('securitypolicyviolation', () => resolve(true), { once: true }));
		const script = document.createElement('script');
		script.textContent = 'window.injected = true';
		document.head.append(script);
		const violation = await Promise.race([blocked, new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 1000))]);
		return { violation, injected: (window as unknown as { injected?: boolean }).injected === true };
	});
	expect(ran).toEqual({ violation: true, injected: false });
});
