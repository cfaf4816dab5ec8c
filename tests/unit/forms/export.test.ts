import { describe, expect, it } from 'vitest';
import { visibleAnswers, type Answers } from '../../../src/forms/answers';
import { parseResponsesCsv } from '../../../src/forms/csv-import';
import { csvColumns, exportFileName, fromJsonExport, toCsv, toJsonExport } from '../../../src/forms/export';
import { loadQuestionnaire } from '../../../src/content-loading/questionnaires';
import { sample } from './sample-questionnaire';

/** Answers as a professional would leave them, including a hidden answer that must not be exported. */
const filled: Answers = {
	'nom-court': 'Éducatrice « référente » ; unité 2',
	courriel: 'prenom.nom@exemple.fr',
	recit: 'Première ligne\nSeconde ligne, avec "guillemets"',
	duree: 'autre',
	'duree.autre': 'Deux nuits',
	besoins: ['manger', 'dormir'],
	fugues: '3',
	'date-retour': '2026-11-29',
	inquietude: '5',
	danger: 'oui',
	mesures: 'Mise à l’abri',
	'mesures-type': 'abri',
	'detail-mesures': 'Chambre près du bureau',
	'dispo.lundi': ['matin', 'apres-midi'],
	'dispo.mardi': ['matin'],
};

describe('JSON export', () => {
	it('round-trips: the answers read back from the file are the answers filled in', () => {
		const file = JSON.stringify(toJsonExport(sample, filled, new Date('2026-11-29T10:00:00Z')));
		expect(fromJsonExport(sample, file)).toEqual(visibleAnswers(sample, filled));
		expect(fromJsonExport(sample, file)).toEqual(filled);
	});

	it('leaves out answers to questions that a later answer hid', () => {
		const changedMind = { ...filled, danger: 'non' };
		const exported = toJsonExport(sample, changedMind, new Date());
		expect(exported.answers).not.toHaveProperty('mesures');
		expect(exported.answers).not.toHaveProperty('detail-mesures');
		expect(JSON.stringify(exported)).not.toContain('Chambre près du bureau');
	});

	it('writes the answers in words for a reader, with the questions numbered', () => {
		const { readable, questionnaire } = toJsonExport(sample, filled, new Date());
		expect(questionnaire).toEqual({ id: 'exemple', title: 'Questionnaire d’exemple', version: '0.1', stage: 'version de travail' });
		expect(readable).toContainEqual({ question: '4. Durée', answer: 'Autre (Deux nuits)' });
		expect(readable).toContainEqual({ question: '13. Disponibilités', answer: 'Lundi : Matin | Après-midi ; Mardi : Matin' });
	});

	it('refuses a file that belongs to another questionnaire, in French', () => {
		const other = JSON.stringify({ ...toJsonExport(sample, filled, new Date()), questionnaire: { id: 'autre-outil' } });
		expect(() => fromJsonExport(sample, other)).toThrow('Ce fichier contient les réponses du questionnaire « autre-outil », pas de « exemple ».');
		expect(() => fromJsonExport(sample, 'pas du json')).toThrow('Ce fichier n’est pas un fichier JSON lisible.');
	});
});

describe('CSV export', () => {
	it('has one column per field, named by question id', () => {
		expect(toCsv(sample, []).split('\n')[0]).toBe(csvColumns(sample).map((column) => column.name).join(';'));
		expect(csvColumns(sample).map((column) => column.name)).toContain('duree.autre');
		expect(csvColumns(sample).map((column) => column.name)).toContain('dispo.mardi');
	});

	it('writes choices as their labels, several answers separated by « | »', () => {
		const [, line] = toCsv(sample, [{ besoins: ['manger', 'dormir'], 'dispo.lundi': ['matin', 'apres-midi'] }]).split('\n');
		expect(line).toContain('Manger | Dormir');
		expect(line).toContain('Matin | Après-midi');
	});

	it('round-trips through the survey reader, quotes, semicolons and line breaks included', () => {
		const csv = `\ufeff${toCsv(sample, [filled, { 'nom-court': 'Psychologue', duree: 'longue', danger: 'non' }])}\n`;
		const { respondents, problems } = parseResponsesCsv(sample, csv);
		expect(problems).toEqual([]);
		expect(respondents).toEqual([filled, { 'nom-court': 'Psychologue', duree: 'longue', danger: 'non' }]);
	});

	it('round-trips a filled 2023 survey through the file a respondent would download', async () => {
		const survey = loadQuestionnaire('enquete-2023');
		const answers: Answers = {
			profession: 'Éducateur', etablissement: 'Structure', anciennete: 'entre-2-et-5-ans', 'mineurs-identifies': '2',
			'ages.ages': ['entre-13-et-15-ans'], proxenete: 'non', causes: ['argent', 'autre'], 'causes.autre': 'Une autre cause',
			'aspects-negatifs': 'oui', 'aspects-negatifs-lesquels': ['peur'], 'volonte-de-quitter': 'ne-sait-pas', augmentation: 'non',
			prevenir: 'Texte', aider: 'Texte', formation: 'non', difficultes: 'Texte', mesures: 'non', 'mesures-suffisantes': 'non',
			suggestions: 'Texte', partenariat: 'non', 'priorites.agir-sur': ['prevention', 'prise-en-charge'],
		};
		const { respondents, problems } = parseResponsesCsv(survey, toCsv(survey, [answers]));
		expect(problems).toEqual([]);
		expect(respondents).toEqual([answers]);
	});
});

describe('exportFileName', () => {
	it('names the file after the questionnaire and the local date', () => {
		expect(exportFileName(sample, 'csv', new Date(2026, 10, 29, 23, 30))).toBe('exemple-reponses-2026-11-29.csv');
	});
});
