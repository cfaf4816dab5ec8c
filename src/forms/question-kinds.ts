import type { Choice, Question } from '../schemas/questionnaire';

/*
 * What questions are made of, without any schema library: this module is shared by the build
 * (schema, renderers, survey command) and by the form page's script, which must stay small and
 * must not evaluate code at run time (the site's Content Security Policy forbids it).
 */

/**
 * The kinds of question a questionnaire may use, with the name shown to authors. This is the one
 * list: the schema, the renderers (`src/forms/render/`) and the answer logic all read it.
 */
export const questionTypes = {
	'texte-court': 'texte court (une ligne)',
	'texte-long': 'texte long (plusieurs lignes)',
	'choix-unique': 'choix unique (boutons radio)',
	'choix-multiple': 'choix multiple (cases à cocher)',
	nombre: 'nombre',
	date: 'date',
	echelle: 'échelle (de 1 à 5, par exemple)',
	'oui-non': 'oui / non (et « Ne sait pas » si demandé)',
	grille: 'grille (lignes × colonnes)',
} as const;

export type QuestionType = keyof typeof questionTypes;
export const questionTypeKeys = Object.keys(questionTypes) as QuestionType[];

/** Stages of a questionnaire's life: drafted with the network, or adopted. */
export const questionnaireStages = ['version de travail', 'validé'] as const;

/** Separator between several answers in one CSV cell: labels may not contain it. */
export const multipleAnswerSeparator = ' | ';

/** Turns a French label into a stable identifier: « Ne sait pas » -> `ne-sait-pas`. */
export function slugify(label: string): string {
	return label
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-+|-+$/g, '');
}

/** Value of the « Autre » choice, and suffix of its text field (`causes.autre`). */
export const otherValue = 'autre';

/** Every value a question with choices can take (the « Autre » choice included); `[]` for free answers. */
export function answerValues(question: Question): Choice[] {
	switch (question.type) {
		case 'choix-unique':
		case 'choix-multiple':
			return question.other ? [...question.choices, { value: otherValue, label: question.other.label }] : question.choices;
		case 'oui-non':
			return [
				{ value: 'oui', label: 'Oui' },
				{ value: 'non', label: 'Non' },
				...(question.dontKnow ? [{ value: 'ne-sait-pas', label: 'Ne sait pas' }] : []),
			];
		case 'echelle':
			return Array.from({ length: question.max - question.min + 1 }, (_, index) => {
				const step = String(question.min + index);
				return { value: step, label: step };
			});
		case 'grille':
			return question.columns;
		default:
			return [];
	}
}

