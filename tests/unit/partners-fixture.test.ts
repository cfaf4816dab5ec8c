import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generatePartners } from '../../scripts/bench/partners-fixture';
import { seededRandom } from '../../scripts/bench/random';
import { loadPartners } from '../../src/partners/load';
import { loadCommunes } from '../../src/territory/communes';

const folders: string[] = [];
afterAll(() => folders.forEach((folder) => rmSync(folder, { recursive: true, force: true })));

/** A copy of the territory settings (the generator reads its commune list) with `count` synthetic partners. */
function fixture(count: number, seed = 63): string {
	const root = mkdtempSync(join(tmpdir(), 'partners-fixture-'));
	folders.push(root);
	cpSync(resolve('content/territoire'), join(root, 'territoire'), { recursive: true });
	generatePartners(root, count, seededRandom(seed));
	return root;
}

const files = (root: string) => readdirSync(join(root, 'partenaires')).sort();

describe('the synthetic partner generator', () => {
	const root = fixture(400);
	const partners = loadPartners(root);

	it('writes partners that the real schema accepts', () => {
		expect(partners).toHaveLength(400);
		expect(files(root)[0]).toBe('synthetique-00001.yaml');
	});

	it('writes the same files for the same seed and different ones for another seed', () => {
		const again = fixture(400);
		expect(files(again)).toEqual(files(root));
		for (const name of files(root).slice(0, 50)) expect(readFileSync(join(again, 'partenaires', name), 'utf8')).toBe(readFileSync(join(root, 'partenaires', name), 'utf8'));
		const other = fixture(400, 7);
		expect(readFileSync(join(other, 'partenaires', 'synthetique-00001.yaml'), 'utf8')).not.toBe(readFileSync(join(root, 'partenaires', 'synthetique-00001.yaml'), 'utf8'));
	});

	it('spreads partners over many communes of the territory, leaving some without one', () => {
		const known = new Set(loadCommunes().map((commune) => commune.code));
		const used = new Set(partners.flatMap((partner) => (partner.commune ? [partner.commune] : [])));
		for (const code of used) expect(known).toContain(code);
		expect(used.size).toBeGreaterThan(150);
		expect(partners.filter((partner) => !partner.commune).length).toBeGreaterThan(0);
	});

	it('says in every source that the entry is synthetic and uses only example.org contacts', () => {
		for (const partner of partners) {
			expect(partner.sources.every((source) => source.title.includes('synthétiques'))).toBe(true);
			for (const contact of partner.contacts) {
				expect(contact.source.title).toContain('synthétiques');
				if (contact.kind === 'site' || contact.kind === 'courriel') expect(contact.value).toMatch(/\.example\.org\/?$/);
			}
		}
	});
});
