import { describe, expect, it } from 'vitest';
import { isShown, listQuestions, sectionProgress, visibleAnswers, type Answers } from '../../../src/forms/answers';
import { validateAnswers } from '../../../src/forms/validate';
import { sample } from './sample-questionnaire';

const question = (id: string) => listQuestions(sample).find((entry) => entry.question.id === id)!.question;

describe('conditional questions', () => {
	it('shows a question without condition whatever the answers', () => {
		expect(isShown(question('recit'), {}, sample)).toBe(true);
	});

	it('shows a conditional question only after one of the expected answers', () => {
		expect(isShown(question('mesures'), {}, sample)).toBe(false);
		expect(isShown(question('mesures'), { danger: 'non' }, sample)).toBe(false);
		expect(isShown(question('mesures'), { danger: 'oui' }, sample)).toBe(true);
		expect(isShown(question('mesures'), { danger: 'ne-sait-pas' }, sample)).toBe(true);
	});

	it('hides a question whose condition depends on a hidden question', () => {
		expect(isShown(question('detail-mesures'), { danger: 'oui', 'mesures-type': 'abri' }, sample)).toBe(true);
		expect(isShown(question('detail-mesures'), { danger: 'non', 'mesures-type': 'abri' }, sample)).toBe(false);
	});

	it('drops from the answers what a changed mind has hidden, and « Autre » text without « Autre »', () => {
		const answers: Answers = { danger: 'non', mesures: 'mise à l’abri', besoins: ['manger'], 'besoins.autre': 'un texte oublié', recit: '   ' };
		expect(visibleAnswers(sample, answers)).toEqual({ danger: 'non', besoins: ['manger'] });
	});
});

describe('validateAnswers', () => {
	const messages = (answers: Answers) => validateAnswers(sample, answers).map(({ field, kind, message }) => ({ field, kind, message }));

	it('asks in French for each required question that is shown, and only those', () => {
		expect(messages({})).toEqual([
			{ field: 'nom-court', kind: 'missing', message: 'Écrivez une réponse, cette question est obligatoire.' },
			{ field: 'duree', kind: 'missing', message: 'Choisissez une réponse, cette question est obligatoire.' },
			{ field: 'danger', kind: 'missing', message: 'Choisissez une réponse, cette question est obligatoire.' },
		]);
		expect(messages({ 'nom-court': 'Éducatrice', duree: 'longue', danger: 'oui' })).toEqual([
			{ field: 'mesures', kind: 'missing', message: 'Écrivez une réponse, cette question est obligatoire.' },
		]);
	});

	it('accepts a complete set of answers', () => {
		expect(messages({ 'nom-court': 'Éducatrice', duree: 'autre', 'duree.autre': 'deux jours', danger: 'non', fugues: '3', 'date-retour': '2026-11-29', inquietude: '4', courriel: 'prenom.nom@exemple.fr', 'dispo.lundi': ['matin'] })).toEqual([]);
	});

	it('says what is expected of a number', () => {
		const base = { 'nom-court': 'x', duree: 'longue', danger: 'non' };
		expect(messages({ ...base, fugues: 'deux' })[0]?.message).toBe('Indiquez un nombre en chiffres, par exemple 3.');
		expect(messages({ ...base, fugues: '2,5' })[0]?.message).toBe('Indiquez un nombre entier, par exemple 3.');
		expect(messages({ ...base, fugues: '51' })[0]?.message).toBe('Indiquez un nombre entre 0 et 50.');
		expect(messages({ ...base, fugues: ' 12 ' })).toEqual([]);
	});

	it('rejects an impossible date, an incomplete e-mail address and an unknown choice', () => {
		const base = { 'nom-court': 'x', duree: 'longue', danger: 'non' };
		expect(messages({ ...base, 'date-retour': '2026-02-30' })[0]?.message).toBe('Indiquez une date valide, par exemple 29/11/2026.');
		expect(messages({ ...base, courriel: 'prenom.nom' })[0]?.message).toMatch(/^Indiquez une adresse e-mail complète/);
		expect(messages({ ...base, inquietude: '9' })[0]?.message).toMatch(/^« 9 » n’est pas une réponse possible\. Réponses possibles : « 1 », « 2 »/);
		expect(messages({ ...base, duree: ['longue', 'moins-d-un-jour'] })[0]?.message).toBe('Choisissez une seule réponse.');
	});
});

describe('sectionProgress', () => {
	it('counts answered questions among those shown, section by section', () => {
		expect(sectionProgress(sample, {})).toEqual([
			{ title: 'Première partie', answered: 0, total: 5 },
			{ title: 'Seconde partie', answered: 0, total: 5 },
		]);
		expect(sectionProgress(sample, { recit: 'texte', danger: 'oui', 'dispo.mardi': ['matin'] })).toEqual([
			{ title: 'Première partie', answered: 1, total: 5 },
			{ title: 'Seconde partie', answered: 2, total: 7 },
		]);
	});
});
