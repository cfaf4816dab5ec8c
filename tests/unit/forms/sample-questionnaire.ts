import { QuestionnaireSchema, type QuestionnaireInput } from '../../../src/schemas/questionnaire';

/** A small questionnaire using every question type once, for the renderer and answer tests. */
export const sampleInput: QuestionnaireInput = {
	id: 'exemple',
	title: 'Questionnaire d’exemple',
	purpose: 'Un questionnaire qui utilise chaque type de question, pour les tests.',
	audience: 'Les tests',
	status: { stage: 'version de travail', version: '0.1', date: '2026-11-29' },
	sections: [
		{
			title: 'Première partie',
			questions: [
				{ id: 'nom-court', type: 'texte-court', label: 'Fonction <b>exacte</b>', help: 'La fonction, pas le nom.', required: true },
				{ id: 'courriel', type: 'texte-court', format: 'email', label: 'Adresse e-mail professionnelle' },
				{ id: 'recit', type: 'texte-long', label: 'Ce qui s’est passé', rows: 4 },
				{ id: 'duree', type: 'choix-unique', label: 'Durée', required: true, choices: ['Moins d’un jour', { value: 'longue', label: 'Plus longtemps' }], other: true },
				{ id: 'besoins', type: 'choix-multiple', label: 'Besoins', choices: ['Manger', 'Dormir'], other: { label: 'Autre besoin', detailLabel: 'Lequel ?' } },
			],
		},
		{
			title: 'Seconde partie',
			description: 'Des questions conditionnelles.',
			questions: [
				{ id: 'fugues', type: 'nombre', label: 'Nombre de fugues', min: 0, max: 50, unit: 'fugues' },
				{ id: 'date-retour', type: 'date', label: 'Date du retour' },
				{ id: 'inquietude', type: 'echelle', label: 'Inquiétude', min: 1, max: 5, minLabel: 'faible', maxLabel: 'très forte' },
				{ id: 'danger', type: 'oui-non', label: 'Danger immédiat ?', dontKnow: true, required: true },
				{ id: 'mesures', type: 'texte-long', label: 'Mesures prises', required: true, showIf: { question: 'danger', answer: ['Oui', 'ne-sait-pas'] } },
				{ id: 'mesures-type', type: 'choix-unique', label: 'Type de mesure', showIf: { question: 'danger', answer: 'oui' }, choices: [{ value: 'abri', label: 'Mise à l’abri' }, 'Autre mesure'] },
				{ id: 'detail-mesures', type: 'texte-court', label: 'Détail des mesures', showIf: { question: 'mesures-type', answer: 'abri' } },
				{ id: 'dispo', type: 'grille', label: 'Disponibilités', multiple: true, rows: ['Lundi', 'Mardi'], columns: ['Matin', 'Après-midi'] },
			],
		},
	],
};

export const sample = QuestionnaireSchema.parse(sampleInput);
