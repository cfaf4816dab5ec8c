import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';

const tsxCli = createRequire(import.meta.url).resolve('tsx/cli');

function runCheck(folder: string) {
	return spawnSync(process.execPath, [tsxCli, 'scripts/check-dist.ts', folder], { encoding: 'utf8' });
}

describe('npm run check:dist', () => {
	it('fails and names each leak with its remedy on a built site that leaks', () => {
		const result = runCheck('tests/fixtures/dist-with-leaks');
		expect(result.status).toBe(1);
		expect(result.stdout).toContain('4 problème(s)');
		expect(result.stdout).toContain('prenom.nom@gmail.com');
		expect(result.stdout).toContain('06 12 34 56 78');
		expect(result.stdout).toContain('https://tracker.example/t.js');
		expect(result.stdout).toContain('rel="noopener noreferrer"');
	});
});
