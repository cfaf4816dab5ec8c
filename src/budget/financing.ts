import type { BudgetFile } from '../schemas/budget';

/** Money is added in whole cents so that 10 240,83 + 10 240,83 is exactly 20 481,66. */
const cents = (euros: number) => Math.round(euros * 100);

/** Sum of amounts in euros, computed in cents. */
export function sumEuros(amounts: readonly number[]): number {
	return amounts.reduce((total, amount) => total + cents(amount), 0) / 100;
}

/** The financing of one year: what each funder gives, the total, and the gap with the budget. */
export interface YearFinancing {
	year: number;
	period: string;
	budget: number;
	/** Amount of each funder, in the order of the file (0 when the funder gives nothing that year). */
	shares: { funderId: string; label: string; amount: number }[];
	/** Sum of the shares. */
	funded: number;
	/** `funded - budget`: positive when the plan asks for more than the budget, negative when less. */
	gap: number;
}

/**
 * Computes, for each year of the plan, the total requested and its gap with that year's budget.
 * A gap is shown, never corrected: the figures are the source's.
 */
export function financingByYear(budget: BudgetFile): YearFinancing[] {
	return budget.years.map(({ year, period, budget: yearBudget }) => {
		const shares = budget.funders.map((funder) => ({ funderId: funder.id, label: funder.label, amount: funder.amounts[String(year)] ?? 0 }));
		const funded = sumEuros(shares.map((share) => share.amount));
		return { year, period, budget: yearBudget, shares, funded, gap: (cents(funded) - cents(yearBudget)) / 100 };
	});
}
