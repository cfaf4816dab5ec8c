import { describe, expect, it } from 'vitest';
import { loadIndicators } from '../../../src/indicators/load';
import type { PublishedCell } from '../../../src/indicators/disclosure';

const indicators = loadIndicators();
const byId = (id: string) => {
	const found = indicators.find((indicator) => indicator.id === id);
	if (!found) throw new Error(`dataset ${id} missing`);
	return found;
};
const shares = (id: string) => {
	const values = byId(id).values;
	if (values.kind !== 'categories') throw new Error(`${id} is not a breakdown`);
	return values.categories.map((category) => (category.cell.status === 'shown' ? category.cell.share : undefined));
};

describe('the indicators of content/indicateurs', () => {
	it('load, validate and cover every theme', () => {
		expect(indicators.length).toBeGreaterThan(30);
		expect(new Set(indicators.map((indicator) => indicator.theme))).toEqual(new Set(['diagnostic-local', 'cdef', 'departement', 'national', 'budget']));
	});

	it('give every dataset a source and a period', () => {
		for (const indicator of indicators) {
			expect(indicator.source.title.length, indicator.id).toBeGreaterThan(10);
			expect(indicator.period.length, indicator.id).toBeGreaterThan(3);
		}
	});

	it('derive from stored counts the percentages the survey published', () => {
		expect(shares('enquete-2023-mineurs-identifies')[0]).toBe(87);
		expect(shares('enquete-2023-formation')[0]).toBe(93);
		expect(shares('enquete-2023-mesures-existantes')[0]).toBe(80);
		expect(shares('enquete-2023-proxenete')[0]).toBe(40);
		expect(shares('enquete-2023-volonte-arreter').slice(0, 2)).toEqual([20, 33]);
		expect(shares('enquete-2023-ages')[0]).toBe(48);
		const specific = byId('enquete-2023-actions-specifiques').values;
		expect(specific.kind === 'figure' && specific.cell).toMatchObject({ share: 93.3 });
	});

	it('mask the share of girls among the 25 minors identified', () => {
		const sex = byId('enquete-2023-sexe');
		expect(sex.values.kind === 'figure' && sex.values.cell).toEqual({ status: 'masked' } satisfies PublishedCell);
		expect(JSON.stringify(sex)).not.toMatch(/96/);
	});

	it('take the budget from the network’s budget file and show the source’s gap without correcting it', () => {
		expect(byId('budget-previsionnel').sourceFile).toBe('content/dispositif/budget.yaml');
		const plan2023 = byId('budget-plan-financement-2023');
		expect(plan2023.values.kind === 'categories' && plan2023.values.total).toBeUndefined();
		expect(plan2023.method.replace(/[\u202f\u00a0]/g, ' ')).toContain('20 481,66 €, soit 0,60 € de plus que le budget annoncé pour 2023 (20 481,06 €)');
		const plan2024 = byId('budget-plan-financement-2024');
		expect(plan2024.values.kind === 'categories' && plan2024.values.total).toEqual({ status: 'shown', value: 40962.12 });
	});

	it('keep the budget parts equal to the full-year total', () => {
		const budget = byId('budget-previsionnel').values;
		expect(budget.kind === 'categories' && budget.total).toEqual({ status: 'shown', value: 40962.12 });
	});
});
