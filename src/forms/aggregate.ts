import type { Question, Questionnaire } from '../schemas/questionnaire';
import { answerValues } from './question-kinds';
import type { Source } from '../schemas/source';
import { conditionSentence, fieldsOf, isAnswered, isShown, listQuestions, valuesOf, visibleAnswers, type Answers } from './answers';
import { parseNumber } from './validate';

/** One category of an aggregated question and how many respondents chose it. */
export interface CategoryCount {
	label: string;
	count: number;
}

/**
 * One aggregated question in the indicators' dataset format (one YAML file per question). The
 * indicators' schema belongs to the indicators part of the site; this is the shape agreed with it.
 */
export interface SurveyDataset {
	id: string;
	title: string;
	unit: 'count';
	population: string;
	sensitive: false;
	period: string;
	geography: string;
	source: Source;
	method: string;
	values: {
		kind: 'categories';
		/** Respondents who answered the question (non-responses excluded). */
		total: number;
		/** Present when several answers were possible: the counts may add up to more than the total. */
		multiple?: true;
		categories: CategoryCount[];
	};
}

/** A question left out of the indicators, and why. */
export interface SkippedQuestion {
	id: string;
	label: string;
	reason: string;
}

export interface AggregateResult {
	/** Number of respondents read. */
	respondents: number;
	datasets: SurveyDataset[];
	skipped: SkippedQuestion[];
}

const freeAnswerTypes = new Set<Question['type']>(['texte-court', 'texte-long', 'date']);

function plural(count: number, singular: string, pluralForm: string): string {
	return `${count} ${count > 1 ? pluralForm : singular}`;
}

/** Counts, per category, the respondents (among `answers`) who chose it. */
function countCategories(question: Question, answers: Answers[]): CategoryCount[] {
	if (question.type === 'nombre') {
		const counts = new Map<number, number>();
		for (const set of answers) {
			const value = parseNumber(valuesOf(set, question.id)[0] ?? '');
			if (value !== undefined) counts.set(value, (counts.get(value) ?? 0) + 1);
		}
		return [...counts.entries()].sort(([a], [b]) => a - b).map(([value, count]) => ({ label: String(value).replace('.', ','), count }));
	}
	const fields = fieldsOf(question).filter((field) => field.role !== 'other');
	const choices = answerValues(question);
	const labelFor = (choiceLabel: string, rowLabel?: string) => (fields.length > 1 && rowLabel ? `${rowLabel} — ${choiceLabel}` : choiceLabel);
	return fields.flatMap((field) =>
		choices.map((choice) => ({
			label: labelFor(question.type === 'echelle' ? scaleLabel(question, choice.value) : choice.label, field.rowLabel),
			count: answers.filter((set) => valuesOf(set, field.name).includes(choice.value)).length,
		})),
	);
}

function scaleLabel(question: Extract<Question, { type: 'echelle' }>, value: string): string {
	if (value === String(question.min) && question.minLabel) return `${value} (${question.minLabel})`;
	if (value === String(question.max) && question.maxLabel) return `${value} (${question.maxLabel})`;
	return value;
}

function isMultiple(question: Question): boolean {
	return question.type === 'choix-multiple' || (question.type === 'grille' && (question.multiple || question.rows.length > 1));
}

/**
 * Aggregates a survey's responses into one dataset per question with choices or numbers. Free
 * answers (texts, dates) are never published: they could identify a person or a structure. Only
 * visible questions count: a conditional question is counted among those to whom it applied.
 */
export function aggregateSurvey(questionnaire: Questionnaire, respondents: Answers[], options: { geography: string }): AggregateResult {
	const survey = questionnaire.survey;
	if (!survey) throw new Error(`Le questionnaire « ${questionnaire.id} » n’a pas de réglages « survey » (population, période, source) : ajoutez-les à son fichier avant d’agréger ses réponses.`);
	const visible = respondents.map((answers) => visibleAnswers(questionnaire, answers));
	const datasets: SurveyDataset[] = [];
	const skipped: SkippedQuestion[] = [];
	for (const { question, number } of listQuestions(questionnaire)) {
		if (freeAnswerTypes.has(question.type)) {
			skipped.push({ id: question.id, label: question.label, reason: 'réponse libre : non publiée, elle pourrait identifier une personne ou une structure' });
			continue;
		}
		const concerned = visible.filter((answers) => isShown(question, answers, questionnaire));
		const answered = concerned.filter((answers) => isAnswered(question, answers));
		const nonResponses = concerned.length - answered.length;
		const categories = countCategories(question, answered);
		const multiple = isMultiple(question);
		const condition = conditionSentence(question, questionnaire);
		const method = [
			`Réponses à la question ${number} comptées une à une, à partir de ${plural(respondents.length, 'questionnaire rempli', 'questionnaires remplis')}.`,
			condition ? `Question posée seulement aux personnes concernées (${condition.replace(/^Si vous avez/, 'celles qui avaient').replace(/\.$/, '')}) : ${plural(concerned.length, 'personne', 'personnes')}.` : '',
			`${plural(answered.length, 'personne a répondu', 'personnes ont répondu')}, ${nonResponses === 0 ? 'aucune non-réponse' : plural(nonResponses, 'non-réponse', 'non-réponses')}.`,
			multiple ? 'Plusieurs réponses possibles : la somme des catégories peut dépasser le total.' : '',
			question.type === 'nombre'
				? `Chaque catégorie compte les personnes qui ont donné ce nombre ; somme des nombres déclarés : ${answered.reduce((sum, answers) => sum + (parseNumber(valuesOf(answers, question.id)[0] ?? '') ?? 0), 0)} (une même situation peut avoir été déclarée par plusieurs personnes).`
				: '',
			'Réponses libres non publiées.',
		]
			.filter(Boolean)
			.join(' ');
		datasets.push({
			id: `${questionnaire.id}-${question.id}`,
			title: question.label,
			unit: 'count',
			population: survey.population,
			sensitive: false,
			period: survey.period,
			geography: options.geography,
			source: survey.source,
			method,
			values: { kind: 'categories', total: answered.length, ...(multiple ? { multiple: true as const } : {}), categories },
		});
	}
	return { respondents: respondents.length, datasets, skipped };
}
