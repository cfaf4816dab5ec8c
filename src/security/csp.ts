import { createHash } from 'node:crypto';

/**
 * Content Security Policy computed from the built HTML: every inline script of a page is hashed,
 * so the policy allows exactly the scripts the site ships and nothing injected later.
 * Regular expressions are enough here because the input is Astro's own output, where a script's
 * text never contains `</script>`; the hash must cover the exact bytes, which a parser would lose.
 */

const inlineScriptPattern = /<script\b([^>]*)>([\s\S]*?)<\/script>/gi;

/**
 * An inline event handler attribute (`onclick=`, `onload=`...). Listed by name so that component
 * props that merely start with « on » (`only=`) are not mistaken for one.
 */
export const inlineHandlerPattern =
	/\son(?:abort|animation[a-z]+|auxclick|before[a-z]+|blur|cancel|change|click|close|contextmenu|copy|cut|dblclick|drag[a-z]*|drop|error|focus[a-z]*|hashchange|input|invalid|key[a-z]+|load[a-z]*|message|mouse[a-z]+|paste|pagehide|pageshow|pointer[a-z]+|popstate|reset|resize|scroll[a-z]*|search|select[a-z]*|submit|toggle|touch[a-z]+|transition[a-z]+|unload|wheel)\s*=/i;

/** `sha256-...` sources for every inline `<script>` (one without `src`) of a page. */
export function inlineScriptHashes(html: string): string[] {
	const hashes = new Set<string>();
	for (const [, attributes = '', body = ''] of html.matchAll(inlineScriptPattern)) {
		if (/\bsrc\s*=/.test(attributes)) continue;
		// JSON data blocks are not executed and need no hash.
		if (/type\s*=\s*["']?application\/(ld\+)?json/i.test(attributes)) continue;
		hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
	}
	return [...hashes].sort();
}

export interface PolicyOptions {
	/** Hash sources allowed for inline scripts. */
	scriptHashes: string[];
	/**
	 * Origins a page may play media from once the user asks for it (a recording hosted elsewhere,
	 * declared by `data-csp-media-src`). Default: none.
	 */
	mediaSources?: string[];
	/**
	 * Header policies may carry directives a `<meta>` policy ignores (`frame-ancestors`).
	 * Default `false` (meta).
	 */
	forHeader?: boolean;
}

/**
 * The policy: nothing but the site itself. Pagefind's search runs WebAssembly
 * (`'wasm-unsafe-eval'`); styles allow inline because Starlight writes `style` attributes.
 */
export function buildPolicy({ scriptHashes, mediaSources = [], forHeader = false }: PolicyOptions): string {
	const directives: [string, string[]][] = [
		['default-src', ["'self'"]],
		['script-src', ["'self'", "'wasm-unsafe-eval'", ...scriptHashes]],
		['style-src', ["'self'", "'unsafe-inline'"]],
		['img-src', ["'self'", 'data:']],
		['font-src', ["'self'"]],
		['connect-src', ["'self'"]],
		['media-src', ["'self'", ...mediaSources]],
		['frame-src', ["'none'"]],
		['worker-src', ["'self'", 'blob:']],
		['object-src', ["'none'"]],
		['base-uri', ["'self'"]],
		['form-action', ["'self'"]],
	];
	if (forHeader) directives.push(['frame-ancestors', ["'none'"]]);
	return directives.map(([name, sources]) => `${name} ${sources.join(' ')}`).join('; ');
}

/**
 * Origins declared by `data-csp-media-src="https://host"` in a page: the recording player marks
 * a video hosted elsewhere this way, so the policy lets it play after the user's click (nothing is
 * requested before). Only `https:` origins are kept.
 */
export function declaredMediaOrigins(html: string): string[] {
	const origins = new Set<string>();
	for (const [, value = ''] of html.matchAll(/\sdata-csp-media-src="([^"]*)"/gi)) {
		try {
			const url = new URL(value);
			if (url.protocol === 'https:') origins.add(url.origin);
		} catch {
			// Not a URL: ignored, the media stays blocked.
		}
	}
	return [...origins].sort();
}

/** Inserts (or replaces) the policy `<meta>` right after `<head>`, before any script runs. */
export function injectPolicyMeta(html: string, policy: string): string {
	const withoutOld = html.replace(/<meta http-equiv="content-security-policy"[^>]*>/i, '');
	const meta = `<meta http-equiv="content-security-policy" content="${policy}">`;
	return withoutOld.replace(/<head([^>]*)>/i, (head) => `${head}${meta}`);
}

/** A problem the CSP cannot fix and the build must refuse. */
export interface UnsafeMarkup {
	kind: 'inline-handler' | 'javascript-url' | 'external-script';
	excerpt: string;
}

/** Finds inline event handlers (`onclick=`), `javascript:` URLs and scripts loaded from another host. */
export function findUnsafeMarkup(html: string): UnsafeMarkup[] {
	const problems: UnsafeMarkup[] = [];
	// Only look inside tags, not in text or inline scripts.
	const withoutScripts = html.replace(inlineScriptPattern, (_match, attributes: string) => `<script${attributes}></script>`);
	for (const [tag] of withoutScripts.matchAll(/<[a-z][^>]*>/gi)) {
		const handler = tag.match(inlineHandlerPattern);
		if (handler) problems.push({ kind: 'inline-handler', excerpt: tag.slice(0, 120) });
		if (/\s(href|src|action|formaction)\s*=\s*["']?\s*javascript:/i.test(tag)) problems.push({ kind: 'javascript-url', excerpt: tag.slice(0, 120) });
		if (/^<script\b/i.test(tag) && /\ssrc\s*=\s*["']?(https?:)?\/\//i.test(tag)) problems.push({ kind: 'external-script', excerpt: tag.slice(0, 120) });
	}
	return problems;
}

/** Security headers for hosts that read a `_headers` file (Netlify, Cloudflare Pages and others). */
export function headersFile(policy: string): string {
	return [
		'/*',
		`  Content-Security-Policy: ${policy}`,
		'  Referrer-Policy: no-referrer',
		'  X-Content-Type-Options: nosniff',
		'  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=(), browsing-topics=(), payment=(), usb=()',
		'  Cross-Origin-Opener-Policy: same-origin',
		'  X-Frame-Options: DENY',
		'',
	].join('\n');
}
