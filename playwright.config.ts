import { defineConfig, devices } from '@playwright/test';

/**
 * End-to-end tests drive the built site (`dist/`, built by `npm run build` before) in Debian's
 * Chromium, and a second territory's build (`dist-territoire-exemple/`, `npm run build:example`)
 * in the project « second-territory ». `E2E_PORT` lets several checkouts run side by side.
 */
const port = Number(process.env.E2E_PORT ?? 4321);
const secondPort = port + 1000;
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export default defineConfig({
	testDir: 'tests/e2e',
	fullyParallel: true,
	// Two cores on CI machines: one worker per core.
	workers: 2,
	retries: 0,
	reporter: [['list']],
	timeout: 60_000,
	use: {
		locale: 'fr-FR',
		timezoneId: 'Europe/Paris',
		launchOptions: {
			executablePath: chromiumPath,
			args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--no-first-run'],
		},
	},
	projects: [
		{
			name: 'site',
			testIgnore: /second-territory\.spec\.ts/,
			use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://localhost:${port}` },
		},
		{
			name: 'second-territory',
			testMatch: /second-territory\.spec\.ts/,
			use: { ...devices['Desktop Chrome'], channel: undefined, baseURL: `http://localhost:${secondPort}` },
		},
	],
	webServer: [
		{
			command: `npx astro preview --port ${port} --ignore-lock`,
			url: `http://localhost:${port}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000,
		},
		{
			command: `npx tsx scripts/serve-static.ts dist-territoire-exemple ${secondPort}`,
			url: `http://localhost:${secondPort}/`,
			reuseExistingServer: !process.env.CI,
			timeout: 60_000,
		},
	],
});
