/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

// Unit tests run through Astro's Vite config so `~/` imports and `astro/zod` resolve as in the site.
export default getViteConfig({
	test: {
		include: ['tests/unit/**/*.test.ts'],
		testTimeout: 20_000,
	},
});
