import { contentRoot, displayPath } from '../content-loading/content-root';
import { checkReferences, loadDataFile } from '../content-loading/load-data';
import { isSmallCount, defaultThreshold } from '../indicators/disclosure';
import { formatInUnit } from '../indicators/units';
import { ContentError, describeValue, type ContentProblem } from '../schemas/friendly-errors';
import { FrameworkSchema, MeasuresFileSchema, type DashboardIndicator, type Framework, type Measure } from '../schemas/dashboard';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const frameworkFile = 'tableau-de-bord/referentiel.yaml';
export const measuresFile = 'tableau-de-bord/mesures.yaml';

/** A measure as it may be published: small counts of a sensitive indicator read « < 5 ». */
export interface PublishedMeasure {
	period: string;
	date: string;
	text: string;
	source: string;
	note?: string;
}

export type DashboardRow = DashboardIndicator & { measures: PublishedMeasure[]; latest?: PublishedMeasure };

export interface Dashboard {
	source: Framework['source'];
	axes: (Omit<Framework['axes'][number], 'indicators'> & { indicators: DashboardRow[] })[];
}

function publishMeasure(indicator: DashboardIndicator, measure: Measure): PublishedMeasure {
	let text: string;
	if (typeof measure.value === 'number') {
		text = indicator.sensitive && isSmallCount(measure.value, defaultThreshold) ? `< ${defaultThreshold}` : formatInUnit(measure.value, indicator.unit ?? 'count');
	} else text = measure.value;
	return { period: measure.period, date: measure.date, text, source: measure.source, ...(measure.note ? { note: measure.note } : {}) };
}

/**
 * Loads the framework and the measures (`undefined` when the territory has no framework yet), checks that every measure names a known indicator with a
 * value of the right kind, and joins them. Indicators without a measure have no `latest`.
 */
export function loadDashboard(root = contentRoot()): Dashboard | undefined {
	// A territory may publish its hub before its evaluation framework.
	if (!existsSync(resolve(root, frameworkFile))) return undefined;
	const framework = loadDataFile(frameworkFile, FrameworkSchema, root);
	// No measures file yet (a new territory): every indicator reads « à renseigner ».
	const { measures } = existsSync(resolve(root, measuresFile)) ? loadDataFile(measuresFile, MeasuresFileSchema, root) : { measures: [] };
	const file = displayPath(resolve(root, measuresFile));
	const indicators = new Map(framework.axes.flatMap((axis) => axis.indicators.map((indicator) => [indicator.id, indicator] as const)));
	const problems: ContentProblem[] = checkReferences(
		measures.map((measure, index) => ({ file, field: `measures.${index}.indicator`, id: measure.indicator })),
		indicators.keys(),
		'indicateur du référentiel',
	);
	measures.forEach((measure, index) => {
		const indicator = indicators.get(measure.indicator);
		if (!indicator) return;
		const isNumber = typeof measure.value === 'number';
		if (isNumber !== (indicator.kind === 'quantitatif')) {
			problems.push({ file, field: `measures.${index}.value`, received: describeValue(measure.value), expected: indicator.kind === 'quantitatif' ? `un nombre : « ${indicator.label} » est quantitatif` : `une phrase courte : « ${indicator.label} » est qualitatif` });
		}
	});
	if (problems.length > 0) throw new ContentError(problems, 'Tableau de bord invalide');
	return {
		source: framework.source,
		axes: framework.axes.map((axis) => ({
			...axis,
			indicators: axis.indicators.map((indicator) => {
				const published = measures
					.filter((measure) => measure.indicator === indicator.id)
					.sort((a, b) => a.date.localeCompare(b.date))
					.map((measure) => publishMeasure(indicator, measure));
				const latest = published.at(-1);
				return { ...indicator, measures: published, ...(latest ? { latest } : {}) };
			}),
		})),
	};
}
