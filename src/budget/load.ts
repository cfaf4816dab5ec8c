import { loadDataFile } from '../content-loading/load-data';
import { BudgetFileSchema, type BudgetFile } from '../schemas/budget';

/** The network's provisional budget, `dispositif/budget.yaml` of the content root, validated. */
export function loadBudget(root?: string, relativePath = 'dispositif/budget.yaml'): BudgetFile {
	return loadDataFile(relativePath, BudgetFileSchema, root);
}
