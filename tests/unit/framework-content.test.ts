import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataFile } from '../../src/content-loading/load-data';
import { ContentError } from '../../src/schemas/friendly-errors';
import { RoadmapFileSchema } from '../../src/schemas/roadmap';
import { BudgetFileSchema } from '../../src/schemas/budget';
import { TimelineFileSchema } from '../../src/schemas/timeline';
import { CharterVersionsFileSchema } from '../../src/schemas/charter';
import { loadRoadmap } from '../../src/roadmap/load';
import { loadBudget } from '../../src/budget/load';
import { loadTimeline } from '../../src/timeline/load';
import { loadReferences } from '../../src/references/load';

/** Bad-content fixtures: each must be rejected with a French message naming the file and the field. */
const badRoot = resolve('tests/fixtures/bad-content');

function errorOf(action: () => unknown): ContentError {
	try {
		action();
	} catch (error) {
		if (error instanceof ContentError) return error;
		throw error;
	}
	throw new Error('expected a ContentError');
}

describe('bad content of the framework pages is rejected with the file and the field', () => {
	it('rejects a phase that ends before it starts', () => {
		const { message } = errorOf(() => loadDataFile('retroplanning/end-before-start.yaml', RoadmapFileSchema, badRoot));
		expect(message).toContain('Fichier tests/fixtures/bad-content/retroplanning/end-before-start.yaml');
		expect(message).toContain('champ « phases.0.end »');
		expect(message).toContain('un mois de fin égal ou postérieur au début (2023-09)');
	});

	it('rejects a day where a month is expected', () => {
		const { message } = errorOf(() => loadDataFile('retroplanning/month-as-day.yaml', RoadmapFileSchema, badRoot));
		expect(message).toContain('champ « phases.0.start » : valeur reçue « 2023-04-01 » ; attendu : un mois au format AAAA-MM');
	});

	it('rejects a stated total that is not the sum of the expenses', () => {
		const { message } = errorOf(() => loadDataFile('budget/wrong-total.yaml', BudgetFileSchema, badRoot));
		expect(message).toContain('Fichier tests/fixtures/bad-content/budget/wrong-total.yaml');
		expect(message).toContain('champ « statedTotal »');
		expect(message).toContain('la somme des dépenses (40962.12)');
	});

	it('rejects a funder amount for a year the plan does not declare', () => {
		const { message } = errorOf(() => loadDataFile('budget/unknown-year.yaml', BudgetFileSchema, badRoot));
		expect(message).toContain('champ « funders.0.amounts.2025 »');
		expect(message).toContain('une année déclarée dans « years » (2024)');
	});

	it('rejects a quotation without its reference and an impossible month', () => {
		const { message, problems } = errorOf(() => loadDataFile('frise/quote-without-reference.yaml', TimelineFileSchema, badRoot));
		expect(message).toContain('champ « events.0.quoteReference »');
		expect(message).toContain('champ « events.1.date » : valeur reçue « 1908-13 »');
		expect(problems).toHaveLength(2);
	});

	it('rejects a charter version with a bad number, an unknown status and no change', () => {
		const { message } = errorOf(() => loadDataFile('charte/draft-with-bad-number.yaml', CharterVersionsFileSchema, badRoot));
		expect(message).toContain('champ « versions.0.number » : valeur reçue « v1 »');
		expect(message).toContain('champ « versions.0.status » : valeur reçue « brouillon » ; attendu : un de ces statuts : projet, adoptee');
		expect(message).toContain('champ « versions.0.changes »');
	});

	it('rejects a reference of an unknown type', () => {
		const { message } = errorOf(() => loadReferences(badRoot));
		expect(message).toContain('Fichier tests/fixtures/bad-content/bibliographie/unknown-type.yaml');
		expect(message).toContain('champ « type » : valeur reçue « podcast »');
		expect(message).toContain('champ « year » : valeur reçue « 24 »');
	});
});

describe('the published framework content is valid and complete', () => {
	it('dates every step of the legal timeline the hub promises, from 1908 to 2023', () => {
		const years = new Set(loadTimeline('cadre/frise.yaml').events.map((event) => Number(event.date.slice(0, 4))));
		for (const year of [1908, 1946, 1960, 2002, 2007, 2016, 2019, 2020, 2021, 2022, 2023]) expect(years).toContain(year);
	});

	it('has the three phases of the timeline, from April 2023 to September 2025', () => {
		const roadmap = loadRoadmap();
		expect(roadmap.phases.map((phase) => [phase.id, phase.start, phase.end])).toEqual([
			['court-terme', '2023-04', '2023-09'],
			['moyen-terme', '2023-09', '2024-09'],
			['long-terme', '2024-09', '2025-09'],
		]);
	});

	it('has a full-year budget of 40 962,12 euros', () => {
		expect(loadBudget().statedTotal).toBe(40962.12);
	});

	it('lists references of every kind, none with an e-mail address', () => {
		const references = loadReferences();
		expect(new Set(references.map((reference) => reference.type)).size).toBe(8);
		expect(JSON.stringify(references)).not.toMatch(/[\w.+-]+@[\w-]+\.[\w.]+/);
	});
});
