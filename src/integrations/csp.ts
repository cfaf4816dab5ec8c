import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildPolicy, declaredMediaOrigins, findUnsafeMarkup, headersFile, injectPolicyMeta, inlineScriptHashes } from '../security/csp';

/**
 * After the build, gives every page a strict Content Security Policy `<meta>` hashing exactly its
 * inline scripts, writes `_headers` for static hosts (same policy plus `frame-ancestors`), and
 * fails the build on inline event handlers, `javascript:` URLs or scripts from another host.
 * Register it last so it sees the final HTML.
 */
export default function cspIntegration(): AstroIntegration {
	return {
		name: 'hub:csp',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const root = fileURLToPath(dir);
				const files = (await readdir(root, { recursive: true })).filter((name) => name.endsWith('.html')).map((name) => join(root, name));
				const allHashes = new Set<string>();
				const allMedia = new Set<string>();
				const unsafe: string[] = [];
				for (const file of files) {
					const html = await readFile(file, 'utf8');
					for (const problem of findUnsafeMarkup(html)) unsafe.push(`${file.slice(root.length)} : ${problem.kind} dans ${problem.excerpt}`);
					const hashes = inlineScriptHashes(html);
					hashes.forEach((hash) => allHashes.add(hash));
					const mediaSources = declaredMediaOrigins(html);
					mediaSources.forEach((origin) => allMedia.add(origin));
					await writeFile(file, injectPolicyMeta(html, buildPolicy({ scriptHashes: hashes, mediaSources })));
				}
				if (unsafe.length > 0) {
					throw new Error(`Balisage non sûr trouvé (${unsafe.length}) : retirez les gestionnaires d’événements en ligne (onclick=...), les liens javascript: et les scripts externes.\n${unsafe.join('\n')}`);
				}
				await writeFile(new URL('_headers', dir), headersFile(buildPolicy({ scriptHashes: [...allHashes].sort(), mediaSources: [...allMedia].sort(), forHeader: true })));
				logger.info(`CSP : ${files.length} pages, ${allHashes.size} scripts en ligne hachés, _headers écrit.`);
			},
		},
	};
}
