import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { loadQuestionnaire } from '../../../src/content-loading/questionnaires';
import { aggregateSurvey, type SurveyDataset } from '../../../src/forms/aggregate';
import { formatCsvProblem, parseResponsesCsv } from '../../../src/forms/csv-import';

const survey = loadQuestionnaire('enquete-2023');
const synthetic = readFileSync('tests/fixtures/survey/synthetic-responses.csv', 'utf8');
const bad = readFileSync('tests/fixtures/survey/bad-responses.csv', 'utf8');

describe('reading a CSV of survey responses', () => {
	it('reads the synthetic fixture, which says it is synthetic, without any problem', () => {
		expect(synthetic.split('\n')[0]).toMatch(/^# DONNÉES SYNTHÉTIQUES/);
		const { respondents, problems } = parseResponsesCsv(survey, synthetic);
		expect(problems).toEqual([]);
		expect(respondents).toHaveLength(5);
		expect(respondents[1]!['augmentation-explication']).toBe('Texte fictif\nsur deux lignes');
		expect(respondents[3]!.causes).toEqual(['passe-douloureux', 'conduites-a-risque']);
		expect(respondents[4]!.causes).toEqual(['argent']);
	});

	it('reports unknown columns, impossible answers and missing required answers by line and column', () => {
		const { problems } = parseResponsesCsv(survey, bad);
		expect(problems.map(formatCsvProblem)).toEqual([
			'ligne 2 (en-tête), colonne « anciennette » : colonne inconnue : aucune question de « enquete-2023 » ne s’appelle ainsi (vouliez-vous dire « anciennete » ?)',
			'ligne 2 (en-tête), colonne « anciennete » : colonne absente pour une question obligatoire (« Depuis combien de temps êtes-vous en fonction ? »)',
			'ligne 3 (réponse n° 1), colonne « volonte-de-quitter » : « Peut-être » n’est pas une réponse possible ; réponses possibles : « Oui », « Non », « Ne sait pas »',
			'ligne 3 (réponse n° 1), colonne « mineurs-identifies » : Indiquez un nombre en chiffres, par exemple 3.',
			'ligne 3 (réponse n° 1), colonne « augmentation-explication » : réponse obligatoire manquante à la question 14 (« Si oui, avez-vous une explication sur cette augmentation ? »)',
			'ligne 4 (réponse n° 2), colonne « priorites.agir-sur » : « Le dépistage » n’est pas une réponse possible ; réponses possibles : « La prévention », « Le repérage des situations », « La prise en charge des mineurs victimes de prostitution » (plusieurs réponses séparées par « | »)',
			'ligne 4 (réponse n° 2), colonne « proxenete » : réponse obligatoire manquante à la question 8 (« Avez-vous décelé la présence d\'un proxénète ou d\'un réseau de proxénètes auprès de ces mineurs ? »)',
		]);
	});

	it('reports a line with too many cells instead of guessing', () => {
		const { problems } = parseResponsesCsv(survey, 'profession;etablissement\nA;B;C\n');
		expect(problems[0]?.message).toMatch(/^fichier CSV illisible/);
		expect(problems[0]?.line).toBe(2);
	});
});

describe('aggregateSurvey', () => {
	const { respondents } = parseResponsesCsv(survey, synthetic);
	const result = aggregateSurvey(survey, respondents, { geography: 'Territoire d’essai' });
	const dataset = (id: string) => result.datasets.find((entry) => entry.id === `enquete-2023-${id}`)!;
	const counts = (entry: SurveyDataset) => Object.fromEntries(entry.values.categories.map(({ label, count }) => [label, count]));

	it('writes one dataset per question with choices or numbers, in the indicators’ format', () => {
		expect(result.respondents).toBe(5);
		expect(dataset('proxenete')).toEqual({
			id: 'enquete-2023-proxenete',
			title: 'Avez-vous décelé la présence d\'un proxénète ou d\'un réseau de proxénètes auprès de ces mineurs ?',
			unit: 'count',
			population: 'Professionnel·les de la protection de l\'enfance ayant répondu au questionnaire',
			sensitive: false,
			period: 'mars à mai 2023',
			geography: 'Territoire d’essai',
			source: { title: 'Diagnostic local, questionnaire diffusé de mars à mai 2023' },
			method: 'Réponses à la question 8 comptées une à une, à partir de 5 questionnaires remplis. 5 personnes ont répondu, aucune non-réponse. Réponses libres non publiées.',
			values: { kind: 'categories', total: 5, categories: [{ label: 'Oui', count: 2 }, { label: 'Non', count: 3 }] },
		});
	});

	it('never publishes free answers', () => {
		expect(result.skipped.map((question) => question.id)).toEqual(['profession', 'etablissement', 'situations-par-annee', 'augmentation-explication', 'prevenir', 'aider', 'formation-laquelle', 'difficultes', 'mesures-lesquelles', 'suggestions', 'partenariat-lesquels']);
		expect(JSON.stringify(result.datasets)).not.toMatch(/fictif|fictive/i);
	});

	it('counts several answers per person and says the total is the number of people', () => {
		const causes = dataset('causes');
		expect(causes.values.total).toBe(4);
		expect(causes.values.multiple).toBe(true);
		expect(counts(causes)).toEqual({
			'Des relations d\'emprise': 1,
			'L\'argent': 2,
			'Un passé douloureux (carence affective, abus sexuels, violences physiques...)': 2,
			'Des conduites à risque (addictions, comportements sexuels dangereux, etc.)': 1,
			'Un impact médiatique fort': 0,
			Autre: 1,
		});
		expect(causes.method).toContain('1 non-réponse');
	});

	it('counts a conditional question among the people it applied to', () => {
		const which = dataset('aspects-negatifs-lesquels');
		expect(which.values.total).toBe(3);
		expect(which.method).toContain('Question posée seulement aux personnes concernées (celles qui avaient répondu « Oui » à la question 10) : 3 personnes.');
		expect(counts(which)).toMatchObject({ 'Violences subies': 2, Peur: 1, 'Problèmes de santé': 1, 'Troubles psychologiques': 1, 'Autre(s)': 1 });
	});

	it('counts grids by column and numbers by value, with the sum in the method', () => {
		expect(counts(dataset('priorites'))).toEqual({ 'La prévention': 3, 'Le repérage des situations': 2, 'La prise en charge des mineurs victimes de prostitution': 2 });
		expect(counts(dataset('sexe'))).toEqual({ Fille: 3, Garçon: 2 });
		expect(dataset('sexe').values.total).toBe(4);
		expect(counts(dataset('mineurs-identifies'))).toEqual({ 0: 1, 1: 1, 2: 1, 3: 1, 5: 1 });
		expect(dataset('mineurs-identifies').method).toContain('somme des nombres déclarés : 11');
	});
});

describe('npm run survey:aggregate', () => {
	const tsx = join('node_modules', 'tsx', 'dist', 'cli.mjs');
	const out = mkdtempSync(join(tmpdir(), 'enquete-'));
	afterAll(() => rmSync(out, { recursive: true, force: true }));

	it('writes one YAML file per question into the folder given with --out', () => {
		execFileSync(process.execPath, [tsx, 'scripts/survey-aggregate.ts', 'tests/fixtures/survey/synthetic-responses.csv', '--out', out], { stdio: 'pipe' });
		const files = readdirSync(out).sort();
		expect(files).toHaveLength(15);
		expect(files).toContain('enquete-2023-proxenete.yaml');
		const written = parseYaml(readFileSync(join(out, 'enquete-2023-proxenete.yaml'), 'utf8')) as SurveyDataset;
		expect(written.geography).toBe('Puy-de-Dôme');
		expect(written.values.categories).toEqual([{ label: 'Oui', count: 2 }, { label: 'Non', count: 3 }]);
	});

	it('exits with an error naming line and column, and writes nothing, when the CSV is wrong', () => {
		const empty = mkdtempSync(join(tmpdir(), 'enquete-bad-'));
		const run = spawnSync(process.execPath, [tsx, 'scripts/survey-aggregate.ts', 'tests/fixtures/survey/bad-responses.csv', '--out', empty], { encoding: 'utf8' });
		expect(run.status).toBe(1);
		expect(run.stderr).toContain('ligne 3 (réponse n° 1), colonne « mineurs-identifies »');
		expect(readdirSync(empty)).toEqual([]);
		rmSync(empty, { recursive: true, force: true });
	});
});
