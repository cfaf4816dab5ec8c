import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadQuestionnaires } from '../../../src/content-loading/questionnaires';
import { ContentError, type ContentProblem } from '../../../src/schemas/friendly-errors';
import { QuestionnaireSchema } from '../../../src/schemas/questionnaire';
import { slugify } from '../../../src/forms/question-kinds';
import { sampleInput } from './sample-questionnaire';

const badRoot = 'tests/fixtures/bad-content';

function problemsOfBadFixtures(): ContentProblem[] {
	try {
		loadQuestionnaires(badRoot);
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		return (error as ContentError).problems;
	}
	throw new Error('the bad fixtures were accepted');
}

describe('questionnaires of content/outils/', () => {
	const questionnaires = loadQuestionnaires();

	it('are all valid, with the four tools of the network', () => {
		expect(questionnaires.map((questionnaire) => questionnaire.id).sort()).toEqual(['enquete-2023', 'fiche-referent', 'fiche-signalement', 'retour-de-fugue']);
	});

	it('rebuild the 2023 survey without any e-mail field or address', () => {
		const survey = questionnaires.find((questionnaire) => questionnaire.id === 'enquete-2023')!;
		const questions = survey.sections.flatMap((section) => section.questions);
		expect(questions).toHaveLength(26);
		expect(questions.some((question) => /mail|adresse/i.test(`${question.id} ${question.label}`))).toBe(false);
		expect(readFileSync('content/outils/enquete-2023.yaml', 'utf8')).not.toMatch(/@|gmail/);
	});

	it('keep the 2023 survey’s wording of choices', () => {
		const survey = questionnaires.find((questionnaire) => questionnaire.id === 'enquete-2023')!;
		const byId = new Map(survey.sections.flatMap((section) => section.questions).map((question) => [question.id, question]));
		const anciennete = byId.get('anciennete');
		expect(anciennete?.type === 'choix-unique' && anciennete.choices.map((choice) => choice.label)).toEqual(['moins de 2 ans', 'entre 2 et 5 ans', 'entre 5 et 10 ans', 'entre 10 et 15 ans', 'entre 15 et 20 ans', 'plus de 20 ans']);
		const aspects = byId.get('aspects-negatifs-lesquels');
		expect(aspects?.type === 'choix-multiple' && aspects.choices.map((choice) => choice.label)).toEqual(['Violences subies', 'Dégradations de l\'estime de soi', 'Peur', 'Fatigue', 'Problèmes de santé', 'Troubles psychologiques']);
	});

	it('keep the runaway questionnaire a working version', () => {
		expect(questionnaires.find((questionnaire) => questionnaire.id === 'retour-de-fugue')?.status.stage).toBe('version de travail');
	});
});

describe('QuestionnaireSchema', () => {
	it('derives a choice’s value from its label', () => {
		expect(slugify('Ne sait pas')).toBe('ne-sait-pas');
		expect(slugify("Dégradations de l'estime de soi")).toBe('degradations-de-l-estime-de-soi');
	});

	it('accepts a showIf written with the label of the expected answer and stores its value', () => {
		const parsed = QuestionnaireSchema.parse(sampleInput);
		const mesures = parsed.sections[1]!.questions.find((question) => question.id === 'mesures');
		expect(mesures?.showIf).toEqual({ question: 'danger', answer: ['oui', 'ne-sait-pas'] });
	});

	it('rejects a showIf pointing to a later question', () => {
		const input = structuredClone(sampleInput);
		input.sections[0]!.questions[0] = { ...input.sections[0]!.questions[0]!, showIf: { question: 'danger', answer: 'oui' } } as never;
		const result = QuestionnaireSchema.safeParse(input);
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]?.message).toMatch(/^l’identifiant d’une question posée avant celle-ci/);
	});
});

describe('bad questionnaires (tests/fixtures/bad-content/outils/)', () => {
	const problems = problemsOfBadFixtures();
	const of = (file: string) => problems.filter((problem) => problem.file.endsWith(`outils/${file}`));

	it('has one fixture per case, each rejected', () => {
		const files = readdirSync(join(badRoot, 'outils')).filter((name) => name.endsWith('.yaml'));
		for (const file of files) expect(of(file), file).not.toHaveLength(0);
	});

	it('names the file and the question of an unknown question type', () => {
		expect(of('unknown-type.yaml')).toEqual([
			expect.objectContaining({ field: 'sections.0.questions.0.type (question « besoins »)', received: '« case-a-cocher »', expected: expect.stringContaining('un type de question connu : « texte-court »') }),
		]);
	});

	it('names the question whose showIf points to a missing question, and suggests the right one', () => {
		expect(of('show-if-missing-question.yaml')).toEqual([
			expect.objectContaining({ field: 'sections.0.questions.1.showIf.question (question « mesures »)', received: '« dangr »', expected: expect.stringContaining('(vouliez-vous dire « danger » ?)') }),
		]);
	});

	it('names the question whose showIf expects an answer that cannot be given', () => {
		expect(of('show-if-impossible-answer.yaml')[0]?.expected).toBe('une réponse possible de la question « danger » : « Oui », « Non » (reçu « peut-être »)');
	});

	it('names the question with an empty list of choices', () => {
		expect(of('empty-choices.yaml')).toEqual([
			expect.objectContaining({ field: 'sections.0.questions.0.choices (question « duree »)', expected: 'au moins un choix : une liste vide ne permet pas de répondre' }),
		]);
	});

	it('names the duplicated question id and where it was first used', () => {
		expect(of('duplicate-question-ids.yaml')).toEqual([
			expect.objectContaining({ field: 'sections.1.questions.0.id (question « date »)', expected: 'un identifiant unique : « date » est déjà celui de la question n° 1 (« Date du retour »)' }),
		]);
	});

	it('prints a French report that names each file', () => {
		let message = '';
		try {
			loadQuestionnaires(badRoot);
		} catch (error) {
			message = (error as Error).message;
		}
		expect(message).toContain('Fichier tests/fixtures/bad-content/outils/empty-choices.yaml');
		expect(message).toContain('champ « sections.0.questions.0.choices (question « duree ») »');
	});
});
