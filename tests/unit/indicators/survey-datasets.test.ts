import { cpSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { loadQuestionnaire } from '../../../src/content-loading/questionnaires';
import { aggregateSurvey } from '../../../src/forms/aggregate';
import { parseResponsesCsv } from '../../../src/forms/csv-import';
import { loadIndicators } from '../../../src/indicators/load';
import { IndicatorSchema } from '../../../src/schemas/indicator';

/** The questionnaire tool writes one dataset per question (`npm run survey:aggregate -- --write`): they must load as indicators. */
describe('datasets generated from survey responses', () => {
	const questionnaire = loadQuestionnaire('enquete-2023');
	const { respondents } = parseResponsesCsv(questionnaire, readFileSync('tests/fixtures/survey/synthetic-responses.csv', 'utf8'));
	const { datasets } = aggregateSurvey(questionnaire, respondents, { geography: 'Territoire test' });

	it('match the indicator schema', () => {
		expect(datasets.length).toBeGreaterThan(5);
		for (const dataset of datasets) {
			const result = IndicatorSchema.safeParse(dataset);
			expect(result.error?.issues ?? [], dataset.id).toEqual([]);
		}
	});

	it('go to the local diagnosis page when written in content/indicateurs/<questionnaire>/', () => {
		const root = mkdtempSync(join(tmpdir(), 'survey-indicators-'));
		cpSync('content/territoire', join(root, 'territoire'), { recursive: true });
		const folder = join(root, 'indicateurs', 'enquete-2023');
		mkdirSync(folder, { recursive: true });
		for (const dataset of datasets) writeFileSync(join(folder, `${dataset.id}.yaml`), stringify(dataset));
		const loaded = loadIndicators(root);
		expect(loaded).toHaveLength(datasets.length);
		expect(new Set(loaded.map((indicator) => indicator.theme))).toEqual(new Set(['diagnostic-local']));
	});
});
