import { existsSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import { z } from 'astro/zod';
import { contentRoot, displayPath } from '../content-loading/content-root';
import { loadDataDirectory, loadDataFile, type Loaded } from '../content-loading/load-data';
import { IndicatorSchema, type Indicator } from '../schemas/indicator';
import { ContentError, parseWithFriendlyErrors, type ContentProblem } from '../schemas/friendly-errors';
import { SourceSchema } from '../schemas/source';
import { publishIndicator, type PublishedIndicator } from './disclosure';
import { budgetFile, budgetIndicators } from './from-budget';
import { isTheme, type Theme } from './themes';

export const indicatorsDirectory = 'indicateurs';

/** A published dataset with its theme and the file it came from. */
export type SiteIndicator = PublishedIndicator & { theme: Theme; sourceFile: string };

/**
 * The theme of a dataset: its `theme` field, else its first sub-folder
 * (`content/indicateurs/cdef/...`), else `diagnostic-local` for the survey datasets `enquete-...`
 * that the questionnaire tools generate.
 */
export function themeOf(dataset: Pick<Indicator, 'id' | 'theme'>, sourceFile: string, root: string): Theme | undefined {
	if (dataset.theme) return dataset.theme;
	const inside = relative(resolve(root, indicatorsDirectory), resolve(process.cwd(), sourceFile)).split(sep);
	const folder = inside.length > 1 ? inside[0]! : undefined;
	if (folder && isTheme(folder)) return folder;
	if (dataset.id.startsWith('enquete-')) return 'diagnostic-local';
	return undefined;
}

/**
 * Loads, validates and publishes every dataset of `content/indicateurs/`: the returned values have
 * already been through disclosure control. Throws a `ContentError` naming file, field and value.
 */
export function loadIndicators(root = contentRoot()): SiteIndicator[] {
	const datasets = [...loadDataDirectory({ directory: indicatorsDirectory, schema: IndicatorSchema, root }), ...derivedIndicators(root)];
	const problems: ContentProblem[] = [];
	const seen = new Map<string, string>();
	for (const dataset of datasets) {
		const first = seen.get(dataset.id);
		if (first) problems.push({ file: dataset.sourceFile, field: 'id', received: `« ${dataset.id} »`, expected: `un identifiant unique : il est déjà utilisé par ${first}` });
		seen.set(dataset.id, dataset.sourceFile);
	}
	const published: SiteIndicator[] = [];
	for (const dataset of datasets) {
		const theme = themeOf(dataset, dataset.sourceFile, root);
		if (!theme) {
			problems.push({ file: dataset.sourceFile, field: 'theme', received: '(rien : le champ est absent)', expected: 'un thème (diagnostic-local, cdef, departement, national, budget) ou un sous-dossier portant ce nom' });
			continue;
		}
		const result = publishIndicator(dataset);
		published.push({ ...result, theme, sourceFile: dataset.sourceFile });
	}
	if (problems.length > 0) throw new ContentError(problems, `Contenu invalide dans ${indicatorsDirectory}/`);
	return published;
}

/** Datasets computed from other validated content (the budget file), with the file they come from. */
function derivedIndicators(root: string): Loaded<Indicator>[] {
	const file = displayPath(resolve(root, budgetFile));
	return budgetIndicators(root).map((input) => ({ ...parseWithFriendlyErrors(IndicatorSchema, input, file), sourceFile: file }));
}

let cached: { root: string; indicators: SiteIndicator[] } | undefined;

/** `loadIndicators()` for the current content root, computed once per build. */
export function siteIndicators(): SiteIndicator[] {
	const root = contentRoot();
	if (cached?.root !== root) cached = { root, indicators: loadIndicators(root) };
	return cached.indicators;
}

/** Settings of the downloads page (`content/indicateurs/_reglages.yaml`). */
export const DataSettingsSchema = z.strictObject({
	/** Licence under which the site's datasets may be reused. */
	licence: SourceSchema,
	/** One paragraph on how to cite the data. */
	citation: z.string().min(10),
});

/**
 * The settings, required as soon as the territory publishes a dataset (its licence goes with every
 * download); `undefined` for a territory without indicators.
 */
export function loadDataSettings(root = contentRoot()): z.output<typeof DataSettingsSchema> | undefined {
	const file = `${indicatorsDirectory}/_reglages.yaml`;
	if (!existsSync(resolve(root, file)) && loadIndicators(root).length === 0) return undefined;
	return loadDataFile(file, DataSettingsSchema, root);
}
