import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildPolicy, declaredMediaOrigins, findUnsafeMarkup, headersFile, injectPolicyMeta, inlineScriptHashes } from '../../src/security/csp';

const sha = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

describe('content security policy', () => {
	it('hashes the exact text of each inline script and skips external and JSON scripts', () => {
		const html = '<head><script>a()</script><script type="module" src="/x.js"></script><script type="application/ld+json">{}</script><script>b()\n</script></head>';
		expect(inlineScriptHashes(html)).toEqual([sha('a()'), sha('b()\n')].sort());
	});

	it('allows only the site itself, the hashed scripts and Pagefind WebAssembly', () => {
		const policy = buildPolicy({ scriptHashes: ["'sha256-abc'"] });
		expect(policy).toContain("default-src 'self'");
		expect(policy).toContain("script-src 'self' 'wasm-unsafe-eval' 'sha256-abc'");
		expect(policy).toContain("object-src 'none'");
		expect(policy).toContain("base-uri 'self'");
		expect(policy).toContain("form-action 'self'");
		expect(policy).not.toContain("'unsafe-eval'");
		expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
		expect(policy).not.toContain('frame-ancestors');
		expect(buildPolicy({ scriptHashes: [], forHeader: true })).toContain("frame-ancestors 'none'");
	});

	it('puts the policy first in the head so it applies to every script', () => {
		const html = injectPolicyMeta('<html><head><script>x</script></head></html>', "default-src 'self'");
		expect(html).toBe(`<html><head><meta http-equiv="content-security-policy" content="default-src 'self'"><script>x</script></head></html>`);
	});

	it('finds inline handlers, javascript: links and external scripts', () => {
		const kinds = findUnsafeMarkup('<a href="javascript:alert(1)">x</a><button onclick="go()">y</button><script src="https://cdn.example/x.js"></script><script>if (a.onclick=1) {}</script><p>onclick= in text</p>').map((p) => p.kind);
		expect(kinds).toEqual(['javascript-url', 'inline-handler', 'external-script']);
		expect(findUnsafeMarkup('<a href="/ok/">ok</a><script src="/_astro/x.js"></script>')).toEqual([]);
	});

	it('writes deployment headers with the policy', () => {
		const file = headersFile('default-src x');
		expect(file).toContain('Content-Security-Policy: default-src x');
		expect(file).toContain('Referrer-Policy: no-referrer');
		expect(file).toContain('X-Content-Type-Options: nosniff');
		expect(file).toContain('Permissions-Policy:');
	});
});

describe('media hosted elsewhere', () => {
	it('allows in media-src only the https origins a page declares with data-csp-media-src', () => {
		const html = '<div data-csp-media-src="https://video.example.org/a.webm"></div><div data-csp-media-src="http://insecure.example"></div><div data-csp-media-src="pas une adresse"></div>';
		expect(declaredMediaOrigins(html)).toEqual(['https://video.example.org']);
		expect(buildPolicy({ scriptHashes: [], mediaSources: declaredMediaOrigins(html) })).toContain("media-src 'self' https://video.example.org;");
		expect(buildPolicy({ scriptHashes: [] })).toContain("media-src 'self';");
	});
});
