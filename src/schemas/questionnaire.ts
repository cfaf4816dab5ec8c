import { z } from 'astro/zod';
import { distance as levenshtein } from 'fastest-levenshtein';
import { SourceSchema } from './source';
import { answerValues, otherValue, questionnaireStages, questionTypeKeys, questionTypes, slugify } from '../forms/question-kinds';

const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;
const IdSchema = z.string().regex(idPattern, { error: 'un identifiant en minuscules, chiffres et tirets (ex. « lieu-du-retour »)' });

const LabelSchema = z
	.string()
	.trim()
	.min(1, { error: 'un libellé non vide' })
	.refine((label) => !label.includes('|'), { error: 'un libellé sans barre verticale « | » (elle sépare les réponses multiples dans les exports CSV)' });

/**
 * One possible answer. Written as a plain label (`- Oui`), its value is derived from the label;
 * written as `{ value, label }` when the label is long and a short stable value is wanted.
 */
export const ChoiceSchema = z
	.union([LabelSchema, z.strictObject({ value: IdSchema, label: LabelSchema })], {
		error: 'un libellé (« Moins de 2 ans ») ou un couple { value: moins-de-2-ans, label: Moins de 2 ans }',
	})
	.transform((choice) => (typeof choice === 'string' ? { value: slugify(choice), label: choice } : choice));

const ChoiceListSchema = z.array(ChoiceSchema).min(1, { error: 'au moins un choix : une liste vide ne permet pas de répondre' });

/** « Autre, précisez » : an extra choice followed by a free-text field. */
const OtherSchema = z
	.union([
		z.literal(true),
		z.strictObject({
			/** Label of the extra choice (default « Autre »). */
			label: LabelSchema.default('Autre'),
			/** Label of the text field that follows (default « Précisez »). */
			detailLabel: z.string().min(2).default('Précisez'),
		}),
	])
	.transform((other) => (other === true ? { label: 'Autre', detailLabel: 'Précisez' } : other));

/** Shows a question only when an earlier question received one of these answers. */
export const ShowIfSchema = z.strictObject({
	/** Id of an earlier question with choices (choix, oui-non, échelle, grille). */
	question: IdSchema,
	/** Value(s) or label(s) of that question that make this one appear (one is enough). */
	answer: z.union([z.string().min(1), z.array(z.string().min(1)).min(1)]).transform((answer) => (Array.isArray(answer) ? answer : [answer])),
});

const questionBase = {
	/** Stable id, unique in the questionnaire: it names the answer in exports and CSV columns. */
	id: IdSchema,
	/** The question as the reader sees it. */
	label: z.string().trim().min(3, { error: 'le texte de la question (au moins 3 caractères)' }),
	/** A hint shown under the question (how to answer, an example). */
	help: z.string().trim().min(3).optional(),
	/** Whether an answer is expected (checked when the question is shown). */
	required: z.boolean().default(false),
	/** Condition for showing the question (always shown when absent, and always on paper). */
	showIf: ShowIfSchema.optional(),
};

/** Kinds of short text the browser can help with (keyboard, autocompletion, checks). */
export const shortTextFormats = ['email', 'telephone'] as const;

const ShortTextSchema = z.strictObject({
	type: z.literal('texte-court'),
	...questionBase,
	/** A professional e-mail address or phone number, checked as such (a plain line when absent). */
	format: z.enum(shortTextFormats).optional(),
});
const LongTextSchema = z.strictObject({
	type: z.literal('texte-long'),
	...questionBase,
	/** Height of the text box in lines, on screen and on paper (default 5). */
	rows: z.number().int().min(2).max(20).default(5),
});
const SingleChoiceSchema = z.strictObject({
	type: z.literal('choix-unique'),
	...questionBase,
	/** The possible answers, in the order shown. */
	choices: ChoiceListSchema,
	/** Adds an « Autre » choice with a text field to specify it. */
	other: OtherSchema.optional(),
});
const MultipleChoiceSchema = z.strictObject({
	type: z.literal('choix-multiple'),
	...questionBase,
	/** The possible answers, in the order shown; several may be ticked. */
	choices: ChoiceListSchema,
	/** Adds an « Autre » choice with a text field to specify it. */
	other: OtherSchema.optional(),
});
const NumberSchema = z.strictObject({
	type: z.literal('nombre'),
	...questionBase,
	/** Smallest accepted value (default 0). */
	min: z.number().default(0),
	/** Largest accepted value, when there is one. */
	max: z.number().optional(),
	/** Whether only whole numbers are accepted (default true). */
	integer: z.boolean().default(true),
	/** What is counted, shown after the field (« mineur·es », « jours »). */
	unit: z.string().min(1).optional(),
});
const DateSchema = z.strictObject({ type: z.literal('date'), ...questionBase });
const ScaleSchema = z
	.strictObject({
		type: z.literal('echelle'),
		...questionBase,
		/** First step of the scale (default 1). */
		min: z.number().int().min(0).default(1),
		/** Last step of the scale (default 5). */
		max: z.number().int().max(10).default(5),
		/** What the first step means (« pas du tout »). */
		minLabel: z.string().min(2).optional(),
		/** What the last step means (« tout à fait »). */
		maxLabel: z.string().min(2).optional(),
	})
	.refine((scale) => scale.max > scale.min, { error: 'une échelle dont « max » est plus grand que « min » (ex. min: 1, max: 5)', path: ['max'] });
const YesNoSchema = z.strictObject({
	type: z.literal('oui-non'),
	...questionBase,
	/** Adds « Ne sait pas » after « Oui » and « Non » (default false). */
	dontKnow: z.boolean().default(false),
});
const GridSchema = z.strictObject({
	type: z.literal('grille'),
	...questionBase,
	/** One line per thing asked about. */
	rows: ChoiceListSchema,
	/** The answers offered on every line. */
	columns: ChoiceListSchema,
	/** Whether several columns may be ticked on one line (cases à cocher) rather than one (default false). */
	multiple: z.boolean().default(false),
});

const typeList = questionTypeKeys.map((key) => `« ${key} »`).join(', ');

export const QuestionSchema = z.discriminatedUnion(
	'type',
	[ShortTextSchema, LongTextSchema, SingleChoiceSchema, MultipleChoiceSchema, NumberSchema, DateSchema, ScaleSchema, YesNoSchema, GridSchema],
	{ error: (issue) => (issue.code === 'invalid_union' ? `un type de question connu : ${typeList}` : undefined) },
);

export const SectionSchema = z.strictObject({
	/** Title of the section (a heading of the form and a step of the progress list). */
	title: z.string().trim().min(2),
	/** A sentence introducing the section, if useful. */
	description: z.string().trim().min(3).optional(),
	/** The questions, in order. */
	questions: z.array(QuestionSchema).min(1, { error: 'au moins une question dans la section' }),
});

/** How a survey's answers become indicator datasets (`npm run survey:aggregate`). */
export const SurveySettingsSchema = z.strictObject({
	/** Who answered, as the indicator's population. */
	population: z.string().min(5),
	/** When the survey ran (« mars à mai 2023 »). */
	period: z.string().min(4),
	/** The citation every aggregated figure carries. */
	source: SourceSchema,
});

export const QuestionnaireSchema = z
	.strictObject({
		/** Stable id, also the page address: `/outils/<id>/`. */
		id: IdSchema,
		/** Title of the tool. */
		title: z.string().trim().min(5),
		/** What the tool is for, in one or two sentences (shown in the list of tools). */
		purpose: z.string().trim().min(20, { error: 'une ou deux phrases qui disent à quoi sert l’outil' }),
		/** Who fills it in (« Professionnel·les qui accueillent le ou la jeune au retour »). */
		audience: z.string().trim().min(5),
		/** Where the tool stands: working version or adopted, with its version number and date. */
		status: z.strictObject({
			/** « version de travail » while the network co-builds it, « validé » once adopted. */
			stage: z.enum(questionnaireStages, { error: `une de ces valeurs : ${questionnaireStages.map((s) => `« ${s} »`).join(', ')}` }),
			/** Version number, e.g. « 0.1 » or « 2023 ». */
			version: z.string().trim().min(1),
			/** Date of this version: AAAA-MM-JJ, or AAAA-MM when only the month is known. */
			date: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, { error: 'une date AAAA-MM-JJ (ex. 2026-11-29) ou un mois AAAA-MM (ex. 2023-03)' }),
		}),
		/** Advice read before filling in (tone, consent, what not to do), one paragraph per item. */
		guidance: z.array(z.string().trim().min(10)).default([]),
		/** Where the tool comes from. */
		source: SourceSchema.optional(),
		/** Settings for aggregating answers into indicators; only for surveys. */
		survey: SurveySettingsSchema.optional(),
		/** The sections of the form. */
		sections: z.array(SectionSchema).min(1, { error: 'au moins une section avec des questions' }),
	})
	.superRefine((questionnaire, context) => {
		for (const issue of crossCheckQuestions(questionnaire)) context.addIssue({ code: 'custom', ...issue });
	})
	.transform((questionnaire) => ({ ...questionnaire, sections: questionnaire.sections.map((section) => ({ ...section, questions: section.questions.map((question) => normaliseShowIf(question, questionnaire)) })) }));

export type QuestionnaireInput = z.input<typeof QuestionnaireSchema>;
export type Questionnaire = z.output<typeof QuestionnaireSchema>;
export type Question = z.output<typeof QuestionSchema>;
export type Section = z.output<typeof SectionSchema>;
export type Choice = z.output<typeof ChoiceSchema>;
export type ShowIf = z.output<typeof ShowIfSchema>;

/** The part of a questionnaire the cross-checks read (declared apart to avoid a circular type). */
interface ParsedQuestionnaire {
	sections: { questions: Question[] }[];
}

/** Finds the choice a showIf names, by value or by label (authors write either). */
function findChoice(choices: Choice[], wanted: string): Choice | undefined {
	const key = wanted.trim().toLowerCase();
	return choices.find((choice) => choice.value === key || choice.label.toLowerCase() === key);
}

function normaliseShowIf(question: Question, questionnaire: ParsedQuestionnaire): Question {
	if (!question.showIf) return question;
	const target = questionnaire.sections.flatMap((section) => section.questions).find((candidate) => candidate.id === question.showIf?.question);
	if (!target) return question;
	const choices = answerValues(target);
	return { ...question, showIf: { ...question.showIf, answer: question.showIf.answer.map((wanted) => findChoice(choices, wanted)?.value ?? wanted) } };
}

interface CrossIssue {
	path: (string | number)[];
	message: string;
}

/**
 * Checks what a single question cannot: ids unique across sections, `showIf` pointing to an
 * earlier question with that answer, choice values unique within a question.
 */
function crossCheckQuestions(questionnaire: ParsedQuestionnaire): CrossIssue[] {
	const issues: CrossIssue[] = [];
	const seen = new Map<string, { question: Question; number: number }>();
	let number = 0;
	questionnaire.sections.forEach((section, sectionIndex) => {
		section.questions.forEach((question, questionIndex) => {
			number += 1;
			const path = ['sections', sectionIndex, 'questions', questionIndex];
			const first = seen.get(question.id);
			if (first) {
				issues.push({ path: [...path, 'id'], message: `un identifiant unique : « ${question.id} » est déjà celui de la question n° ${first.number} (« ${first.question.label} »)` });
			}
			for (const [field, list] of choiceLists(question)) {
				const values = new Set<string>();
				list.forEach((choice, choiceIndex) => {
					if (values.has(choice.value)) issues.push({ path: [...path, field, choiceIndex], message: `des choix distincts : « ${choice.label} » (valeur « ${choice.value} ») apparaît deux fois` });
					values.add(choice.value);
				});
				if (field === 'choices' && 'other' in question && question.other && values.has(otherValue)) {
					issues.push({ path: [...path, 'other'], message: `« other » ajoute déjà le choix « ${question.other.label} » (valeur « autre ») : retirez-le de la liste des choix` });
				}
			}
			if (question.showIf) issues.push(...checkShowIf(question, [...path, 'showIf'], seen));
			if (!first) seen.set(question.id, { question, number });
		});
	});
	return issues;
}

function choiceLists(question: Question): [string, Choice[]][] {
	if (question.type === 'choix-unique' || question.type === 'choix-multiple') return [['choices', question.choices]];
	if (question.type === 'grille') return [['rows', question.rows], ['columns', question.columns]];
	return [];
}

function checkShowIf(question: Question, path: (string | number)[], earlier: Map<string, { question: Question; number: number }>): CrossIssue[] {
	const showIf = question.showIf!;
	if (showIf.question === question.id) return [{ path: [...path, 'question'], message: 'l’identifiant d’une autre question : une question ne peut pas dépendre d’elle-même' }];
	const target = earlier.get(showIf.question)?.question;
	if (!target) {
		const known = [...earlier.keys()];
		const suggestion = known.sort((a, b) => levenshtein(showIf.question, a) - levenshtein(showIf.question, b))[0];
		const close = suggestion && levenshtein(showIf.question, suggestion) <= Math.max(3, Math.floor(showIf.question.length / 3));
		return [{
			path: [...path, 'question'],
			message: `l’identifiant d’une question posée avant celle-ci dans ce questionnaire${close ? ` (vouliez-vous dire « ${suggestion} » ?)` : ''}`,
		}];
	}
	const choices = answerValues(target);
	if (choices.length === 0) return [{ path: [...path, 'question'], message: `une question à choix : « ${target.id} » attend une réponse libre (${questionTypes[target.type]}), sur laquelle une condition ne peut pas porter` }];
	return showIf.answer
		.filter((wanted) => !findChoice(choices, wanted))
		.map((wanted) => ({ path: [...path, 'answer'], message: `une réponse possible de la question « ${target.id} » : ${choices.map((choice) => `« ${choice.label} »`).join(', ')} (reçu « ${wanted} »)` }));
}
