import { resolve } from 'node:path';
import { QuestionnaireSchema, type Questionnaire } from '../schemas/questionnaire';
import { ContentError, type ContentProblem } from '../schemas/friendly-errors';
import { contentRoot } from './content-root';
import { loadDataDirectory, readDataFile, type Loaded } from './load-data';

/** Folder of the questionnaires inside the content root: one YAML file per tool. */
export const questionnaireDirectory = 'outils';

const cache = new Map<string, Loaded<Questionnaire>[]>();

/**
 * Every questionnaire of `content/outils/`, validated. A problem inside a question names the
 * question by its id as well as by its position, so the author finds it in a long file.
 */
export function loadQuestionnaires(root = contentRoot()): Loaded<Questionnaire>[] {
	const cached = cache.get(root);
	if (cached) return cached;
	try {
		const questionnaires = loadDataDirectory({ directory: questionnaireDirectory, schema: QuestionnaireSchema, root });
		cache.set(root, questionnaires);
		return questionnaires;
	} catch (error) {
		if (!(error instanceof ContentError)) throw error;
		throw new ContentError(error.problems.map(nameTheQuestion), `Questionnaire invalide dans ${questionnaireDirectory}/`);
	}
}

/** The questionnaire with this id, or an error listing the ids that exist. */
export function loadQuestionnaire(id: string, root = contentRoot()): Loaded<Questionnaire> {
	const all = loadQuestionnaires(root);
	const found = all.find((questionnaire) => questionnaire.id === id);
	if (!found) throw new Error(`Aucun questionnaire « ${id} » dans ${questionnaireDirectory}/ (questionnaires existants : ${all.map((q) => q.id).join(', ')})`);
	return found;
}

const questionPath = /^sections\.(\d+)\.questions\.(\d+)(\.|$)/;

/** Adds « (question « id ») » after the position of a question in a problem's field. */
function nameTheQuestion(problem: ContentProblem): ContentProblem {
	const match = questionPath.exec(problem.field);
	if (!match) return problem;
	const { data } = readDataFile(resolve(process.cwd(), problem.file));
	const question = (data as { sections?: { questions?: { id?: unknown }[] }[] } | undefined)?.sections?.[Number(match[1])]?.questions?.[Number(match[2])];
	const id = typeof question?.id === 'string' ? question.id : undefined;
	return id ? { ...problem, field: `${problem.field} (question « ${id} »)` } : problem;
}
