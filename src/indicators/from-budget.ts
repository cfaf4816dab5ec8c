/**
 * The budget indicators are not typed twice: they are derived from the network's budget file
 * (`dispositif/budget.yaml`, validated by `src/schemas/budget.ts`), so the budget page and the
 * indicators always show the same amounts. Returns dataset inputs, validated like any other.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { financingByYear } from '../budget/financing';
import { loadBudget } from '../budget/load';
import { loadDataFile } from '../content-loading/load-data';
import { formatEuros } from '../lib/format';
import type { BudgetFile } from '../schemas/budget';
import { ContentError } from '../schemas/friendly-errors';
import type { IndicatorInput } from '../schemas/indicator';
import { TerritorySchema } from '../schemas/territory';

export const budgetFile = 'dispositif/budget.yaml';

/** Budget datasets of the content root, or none when it has no budget file. */
export function budgetIndicators(root: string): IndicatorInput[] {
	if (!existsSync(resolve(root, budgetFile))) return [];
	let budget: BudgetFile;
	try {
		budget = loadBudget(root, budgetFile);
	} catch (error) {
		// An invalid budget file is reported once, by the budget's own validation.
		if (error instanceof ContentError) return [];
		throw error;
	}
	const geography = loadDataFile('territoire/territoire.yaml', TerritorySchema, root).name;
	const common = { unit: 'euros', sensitive: false, geography, source: budget.source, theme: 'budget' } as const;
	const fullYear: IndicatorInput = {
		...common,
		id: 'budget-previsionnel',
		title: 'Budget prévisionnel du dispositif sur une année pleine',
		period: 'année pleine',
		method: budget.expenses.map((expense) => `${expense.label} : ${expense.detail ?? 'montant annuel.'}`).join(' '),
		featured: true,
		order: 10,
		chart: 'bar',
		values: { kind: 'categories', total: budget.statedTotal, categories: budget.expenses.map((expense) => ({ label: expense.label, value: expense.amount })) },
	};
	const years = financingByYear(budget).flatMap((year, index): IndicatorInput[] => {
		const consistent = Math.abs(year.gap) < 0.005;
		const gapNote = consistent
			? ''
			: ` Les montants demandés font ensemble ${formatEuros(year.funded)}, soit ${formatEuros(Math.abs(year.gap))} de ${year.gap > 0 ? 'plus' : 'moins'} que le budget annoncé pour ${year.year} (${formatEuros(year.budget)}) : l’écart vient de la source, il n’est pas corrigé.`;
		return [
			{
				...common,
				id: `budget-${year.year}`,
				title: `Budget du dispositif pour ${year.year}`,
				period: `${year.year}, ${year.period}`,
				method: 'Budget de la période tel que la source l’annonce.',
				order: 20 + index * 10,
				values: { kind: 'figure', value: year.budget, label: `pour ${year.year} (${year.period})` },
			},
			{
				...common,
				id: `budget-plan-financement-${year.year}`,
				title: `Plan de financement ${year.year}`,
				period: `${year.year}, ${year.period}`,
				method: `Montant demandé à chaque financeur.${gapNote}`,
				order: 25 + index * 10,
				chart: consistent ? 'stacked' : 'bar',
				values: {
					kind: 'categories',
					...(consistent ? { total: year.budget } : {}),
					categories: year.shares.filter((share) => share.amount > 0).map((share) => ({ label: share.label, value: share.amount })),
				},
			},
		];
	});
	return [fullYear, ...years];
}
