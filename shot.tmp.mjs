import { chromium } from '@playwright/test';
const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox'] });
const [, , path, selector, out, theme, width] = process.argv;
const page = await browser.newPage({ viewport: { width: Number(width ?? 1100), height: 900 }, colorScheme: theme === 'light' ? 'light' : 'dark' });
await page.goto(`http://localhost:4408${path}`);
await page.locator(selector).first().screenshot({ path: out });
await browser.close();
