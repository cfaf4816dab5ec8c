import { z } from 'astro/zod';
import { SourceSchema } from './source';

const euros = (what: string) =>
	z.number({ error: `${what} : un montant en euros, écrit avec un point décimal, par exemple 28962.12` })
		.nonnegative({ error: `${what} : un montant positif ou nul` })
		.refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, { error: `${what} : au plus deux décimales (centimes)` });

/** One line of expenditure of the provisional budget. */
export const BudgetExpenseSchema = z.strictObject({
	/** Stable id, e.g. `formation`. */
	id: z.string().regex(/^[a-z0-9-]+$/, { error: 'un identifiant en minuscules, chiffres et tirets (ex. « formation »)' }),
	/** What is paid for, e.g. « Frais de formation ». */
	label: z.string().min(3),
	/** Amount for a full year, in euros. */
	amount: euros('amount'),
	/** How the amount is computed, in one or two sentences. */
	detail: z.string().min(10).optional(),
});

/** One period of the financing plan, e.g. 2023 (April to December) and its budget. */
export const BudgetYearSchema = z.strictObject({
	/** Calendar year. */
	year: z.number().int().min(2000).max(2100),
	/** Months covered, e.g. « avril à décembre 2023 » or « année pleine ». */
	period: z.string().min(3),
	/** Budget of that period, in euros, as the source states it. */
	budget: euros('budget'),
});

/** One funder of the financing plan with the amount requested each year. */
export const BudgetFunderSchema = z.strictObject({
	/** Stable id, e.g. `conseil-departemental`. */
	id: z.string().regex(/^[a-z0-9-]+$/, { error: 'un identifiant en minuscules, chiffres et tirets' }),
	/** Name of the funder, e.g. « Conseil départemental ». */
	label: z.string().min(3),
	/** Under what programme the money is requested, in one sentence. */
	programme: z.string().min(5).optional(),
	/** Amount requested per year, e.g. `{ 2023: 10240.83, 2024: 20481.06 }`. */
	amounts: z.record(z.string().regex(/^\d{4}$/, { error: 'une année sur quatre chiffres, par exemple 2024' }), euros('amounts')),
});

/** The provisional budget of the network and its financing plan. */
export const BudgetFileSchema = z
	.strictObject({
		/** Lines of expenditure for a full year. */
		expenses: z.array(BudgetExpenseSchema).min(1),
		/** Total for a full year as the source states it; must equal the sum of `expenses`. */
		statedTotal: euros('statedTotal'),
		/** Periods of the financing plan. */
		years: z.array(BudgetYearSchema).min(1),
		/** Funders and the amount requested from each, per year. */
		funders: z.array(BudgetFunderSchema).min(1),
		/** Where the figures come from. */
		source: SourceSchema,
	})
	.superRefine((file, context) => {
		const sum = file.expenses.reduce((total, expense) => total + Math.round(expense.amount * 100), 0);
		if (sum !== Math.round(file.statedTotal * 100)) {
			context.addIssue({
				code: 'custom',
				path: ['statedTotal'],
				message: `la somme des dépenses (${(sum / 100).toFixed(2)}) : corrigez le total ou une ligne de dépense`,
			});
		}
		const years = new Set(file.years.map((year) => String(year.year)));
		file.funders.forEach((funder, f) => {
			for (const year of Object.keys(funder.amounts)) {
				if (!years.has(year)) {
					context.addIssue({ code: 'custom', path: ['funders', f, 'amounts', year], message: `une année déclarée dans « years » (${[...years].join(', ')})` });
				}
			}
		});
	});

export type BudgetFileInput = z.input<typeof BudgetFileSchema>;
export type BudgetFile = z.output<typeof BudgetFileSchema>;
