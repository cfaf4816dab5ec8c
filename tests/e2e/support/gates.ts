import { AxeBuilder } from '@axe-core/playwright';
import axe from 'axe-core';
import type { BrowserContext, Page } from '@playwright/test';

/** WCAG 2.0, 2.1 and 2.2 levels A and AA, as axe-core tags them. */
export const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * Rules turned off, each with the reason. None is: stock Starlight's failure
 * (`label-content-name-mismatch` on the search button) is fixed by our `Search` override.
 */
export const disabledRules: Record<string, string> = {};

/** Rules whose result depends on colours: run again in the dark theme. */
export const colourRules = ['color-contrast', 'link-in-text-block'];

export interface Violation {
	id: string;
	help: string;
	targets: string[];
}

/**
 * axe-core's source, evaluated only if the page does not hold axe yet: AxeBuilder evaluates its
 * source twice per run, which cost more than the analysis itself (measured: half of each run).
 */
const axeSourceOnce = `if (!window.axe) { (0, eval)(${JSON.stringify(axe.source)}); }`;

/**
 * Runs axe on the page as it is now; `rules` limits the run to those rules. Legacy mode runs axe
 * in the page itself instead of opening a blank page to merge frame results: our pages have no
 * iframe from another origin, and this halves the time of a run.
 */
export async function axeViolations(page: Page, { rules }: { rules?: string[] } = {}): Promise<Violation[]> {
	let builder = new AxeBuilder({ page, axeSource: axeSourceOnce }).setLegacyMode(true).withTags(wcagTags).disableRules(Object.keys(disabledRules));
	if (rules) builder = builder.withRules(rules);
	const { violations } = await builder.analyze();
	return violations.map((violation) => ({
		id: violation.id,
		help: violation.help,
		targets: violation.nodes.map((node) => node.target.join(' ')),
	}));
}

/** One line per violation, with the elements at fault: readable in a failed test. */
export function describeViolations(violations: Violation[]): string[] {
	return violations.map(({ id, help, targets }) => `${id} (${help}) : ${targets.slice(0, 5).join(', ')}${targets.length > 5 ? `, +${targets.length - 5}` : ''}`);
}

/** Switches Starlight to its dark theme, as its theme picker does. */
export async function useDarkTheme(page: Page): Promise<void> {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.evaluate(() => {
		document.documentElement.dataset.theme = 'dark';
	});
}

/**
 * Records every request to a host other than `siteOrigin` made from the context (pages, workers),
 * and blocks it so a test never waits on the network (each URL listed once). A request the page's Content Security Policy
 * blocks never reaches the network: it is recorded from its `securitypolicyviolation` event, so a
 * reference to another host is caught either way. Returns the live list of the URLs.
 */
export async function recordForeignRequests(context: BrowserContext, siteOrigin: string): Promise<string[]> {
	const foreign: string[] = [];
	const isForeign = (url: URL) => /^(https?|wss?):$/.test(url.protocol) && url.origin !== siteOrigin;
	// A request blocked by the policy may show both as a request and as a violation: listed once.
	const record = (url: string) => {
		if (isForeign(new URL(url)) && !foreign.includes(url)) foreign.push(url);
	};
	context.on('request', (request) => record(request.url()));
	await context.route(isForeign, (route) => route.abort('blockedbyclient'));
	await context.exposeBinding('__gateForeignRequest', (_source, url: string) => record(url));
	await context.addInitScript(() => {
		document.addEventListener('securitypolicyviolation', (event) => {
			if (/^(https?|wss?):/.test(event.blockedURI)) (window as unknown as { __gateForeignRequest(url: string): void }).__gateForeignRequest(event.blockedURI);
		});
	});
	return foreign;
}

/** Waits until the browser is idle, so scripts started after `load` (search, prefetch) have run. */
export async function waitForIdle(page: Page): Promise<void> {
	await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve(), { timeout: 2000 })));
}
