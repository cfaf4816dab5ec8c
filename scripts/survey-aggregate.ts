/**
 * `npm run survey:aggregate -- <reponses.csv> [--questionnaire enquete-2023] [--out <dossier>] [--write]`
 *
 * Reads a CSV of survey responses (one line per respondent, columns named by question id, as the
 * form's CSV export writes them), checks it against the questionnaire of `content/outils/`, and
 * turns it into anonymised indicator datasets, one YAML file per question:
 * - by default the YAML goes to the standard output (nothing is written);
 * - `--out <dossier>` writes the files into that folder;
 * - `--write` writes them into `content/indicateurs/<questionnaire>/` of the content root.
 * Any problem in the CSV (unknown column, impossible answer, missing required answer) is reported
 * by line and column, and nothing is written. Exit code: 0 on success, 1 on any problem.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { stringify } from 'yaml';
import { contentRoot, displayPath } from '../src/content-loading/content-root';
import { loadQuestionnaire } from '../src/content-loading/questionnaires';
import { aggregateSurvey, type SurveyDataset } from '../src/forms/aggregate';
import { formatCsvProblem, parseResponsesCsv } from '../src/forms/csv-import';
import { loadTerritory } from '../src/territory/load';

const usage = 'Usage : npm run survey:aggregate -- <reponses.csv> [--questionnaire enquete-2023] [--out <dossier>] [--write]';

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

function toYaml(dataset: SurveyDataset, csvName: string): string {
	const header = `# Généré par « npm run survey:aggregate » à partir de ${csvName}. Ne pas modifier à la main :\n# corrigez le fichier de réponses et relancez la commande.\n`;
	return header + stringify(dataset, { lineWidth: 0 });
}

function main(): void {
	let parsed;
	try {
		parsed = parseArgs({
			allowPositionals: true,
			options: { questionnaire: { type: 'string', default: 'enquete-2023' }, out: { type: 'string' }, write: { type: 'boolean', default: false } },
		});
	} catch (error) {
		fail(`${(error as Error).message}\n${usage}`);
	}
	const { values, positionals } = parsed;
	const csvPath = positionals[0];
	if (!csvPath || positionals.length > 1) fail(`Indiquez un (seul) fichier CSV de réponses.\n${usage}`);
	if (values.out && values.write) fail('Choisissez --out <dossier> ou --write, pas les deux.');

	let text: string;
	try {
		text = readFileSync(resolve(csvPath), 'utf8');
	} catch {
		fail(`Fichier introuvable ou illisible : ${csvPath}`);
	}
	const questionnaire = loadQuestionnaire(values.questionnaire!);
	const { respondents, problems } = parseResponsesCsv(questionnaire, text);
	if (problems.length > 0) {
		const lines = problems.map((problem) => `  - ${formatCsvProblem(problem)}`);
		fail(
			`${csvPath} : ${problems.length} problème${problems.length > 1 ? 's' : ''} par rapport au questionnaire « ${questionnaire.id} » (${questionnaire.sourceFile}) :\n${lines.join('\n')}\n\n` +
				'Corrigez le fichier (colonnes = identifiants des questions, plusieurs réponses séparées par « | ») puis relancez la commande. Rien n’a été écrit.',
		);
	}
	if (respondents.length === 0) fail(`${csvPath} : aucune réponse (seulement l’en-tête). Rien n’a été écrit.`);

	const result = aggregateSurvey(questionnaire, respondents, { geography: loadTerritory().name });
	const csvName = basename(csvPath);
	const folder = values.write ? join(contentRoot(), 'indicateurs', questionnaire.id) : values.out ? resolve(values.out) : undefined;
	if (folder) {
		mkdirSync(folder, { recursive: true });
		for (const dataset of result.datasets) writeFileSync(join(folder, `${dataset.id}.yaml`), toYaml(dataset, csvName));
	} else {
		process.stdout.write(result.datasets.map((dataset) => toYaml(dataset, csvName)).join('---\n'));
	}
	const summary = [
		`${result.respondents} réponse${result.respondents > 1 ? 's' : ''} lue${result.respondents > 1 ? 's' : ''} dans ${csvName} ; ${result.datasets.length} indicateurs ${folder ? `écrits dans ${displayPath(folder)}/` : 'affichés ci-dessus (rien n’est écrit : ajoutez --out <dossier> ou --write)'}.`,
		`Non publiées (réponses libres) : ${result.skipped.map((question) => question.id).join(', ')}.`,
	];
	console.error(summary.join('\n'));
}

main();
