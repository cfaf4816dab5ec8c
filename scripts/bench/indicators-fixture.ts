import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import { themeKeys } from '../../src/indicators/themes';
import type { ProseGenerator } from './prose';
import type { Random } from './random';

const syntheticSource = { title: 'Données synthétiques du banc d’essai : chiffres fictifs générés, sans réalité' };
const pad = (value: number) => String(value).padStart(3, '0');

/**
 * `count` synthetic indicator datasets in `<root>/indicateurs/<theme>/`, valid per the indicator
 * schema and spread over the themes: bar charts of categories (some sensitive, so disclosure
 * control runs on them), column charts of yearly series, and key figures.
 */
export function generateIndicators(root: string, count: number, random: Random, prose: ProseGenerator): void {
	for (let index = 1; index <= count; index++) {
		const theme = themeKeys[index % themeKeys.length]!;
		const folder = join(root, 'indicateurs', theme);
		mkdirSync(folder, { recursive: true });
		const id = `banc-indicateur-${pad(index)}`;
		const shape = index % 3;
		const base = {
			id,
			title: `${prose.title()} (${index})`,
			period: '2025',
			geography: 'Territoire fictif',
			source: syntheticSource,
			method: 'Chiffres générés pour le banc d’essai, sans valeur statistique.',
			theme,
		};
		let dataset: Record<string, unknown>;
		if (shape === 0) {
			const categories = Array.from({ length: random.int(3, 8) }, (_, category) => ({ label: `${prose.title()} ${category + 1}`, count: random.int(0, 120) }));
			dataset = {
				...base,
				unit: 'count',
				sensitive: random.chance(0.5),
				population: 'jeunes fictifs du banc d’essai',
				chart: 'bar',
				values: { kind: 'categories', total: categories.reduce((sum, category) => sum + category.count, 0), categories },
			};
		} else if (shape === 1) {
			dataset = {
				...base,
				unit: 'euros',
				sensitive: false,
				chart: 'column',
				values: { kind: 'series', points: Array.from({ length: random.int(4, 10) }, (_, year) => ({ label: String(2015 + year), value: random.int(1000, 90000) })) },
			};
		} else {
			dataset = { ...base, unit: 'places', sensitive: false, values: { kind: 'figure', value: random.int(5, 500), label: 'places fictives' } };
		}
		writeFileSync(join(folder, `${id}.yaml`), stringify(dataset));
	}
}
