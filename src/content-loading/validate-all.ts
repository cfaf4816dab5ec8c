import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { ContentError, type ContentProblem } from '../schemas/friendly-errors';
import { EmergencyFileSchema } from '../schemas/emergency';
import { NavigationSchema } from '../schemas/navigation';
import { TerritorySchema } from '../schemas/territory';
import { loadBudget } from '../budget/load';
import { loadCharter } from '../charter/load';
import { loadReferences } from '../references/load';
import { loadRoadmap } from '../roadmap/load';
import { loadTimeline } from '../timeline/load';
import { loadPartners } from '../partners/load';
import { fixtureRoots, loadEvents, territoryCommunesIfValid } from '../events/load';
import { loadDashboard } from '../dashboard/load';
import { loadDataSettings, loadIndicators } from '../indicators/load';
import { checkPageAcronymsOf } from '../glossary/check-pages';
import { loadGlossary } from '../glossary/load';
import { checkPages } from './check-pages';
import { checkPageWording } from './check-page-wording';
import { contentRoot } from './content-root';
import { loadDataFile } from './load-data';
import { loadQuestionnaires } from './questionnaires';

/** One part of the content, checked on its own so that every problem is reported at once. */
interface Validator {
	/** What is checked, in French, for the summary. */
	label: string;
	/** Returns the problems found under the content root (a loader's `ContentError` counts as problems). */
	validate: (root: string) => ContentProblem[];
}

function fromLoader(load: (root: string) => unknown): Validator['validate'] {
	return (root) => {
		try {
			load(root);
			return [];
		} catch (error) {
			if (error instanceof ContentError) return error.problems;
			throw error;
		}
	};
}

/**
 * For data that belongs to one network (its roadmap, budget, charter, history): checked when the
 * file exists; a territory without it simply has no page that shows it.
 */
function whenPresent(relativePath: string, load: (root: string) => unknown): Validator['validate'] {
	return (root) => (existsSync(join(root, relativePath)) ? fromLoader(load)(root) : []);
}

/**
 * Every check of the content, in one list: add the loader of each new collection here so that a
 * bad file stops the build before any page is rendered, with every problem listed.
 */
export const validators: Validator[] = [
	{ label: 'territoire', validate: fromLoader((root) => loadDataFile('territoire/territoire.yaml', TerritorySchema, root)) },
	{ label: 'numéros d’urgence', validate: fromLoader((root) => loadDataFile('urgences.yaml', EmergencyFileSchema, root)) },
	{ label: 'pages', validate: (root) => checkPages(join(root, 'pages')) },
	{ label: 'vocabulaire et coordonnées des pages', validate: (root) => checkPageWording(join(root, 'pages')) },
	{ label: 'frise du cadre légal', validate: whenPresent('cadre/frise.yaml', (root) => loadTimeline('cadre/frise.yaml', root)) },
	{ label: 'histoire du CDEF', validate: whenPresent('dispositif/cdef-histoire.yaml', (root) => loadTimeline('dispositif/cdef-histoire.yaml', root)) },
	{ label: 'rétroplanning', validate: whenPresent('dispositif/retroplanning.yaml', (root) => loadRoadmap(root)) },
	{ label: 'budget', validate: whenPresent('dispositif/budget.yaml', (root) => loadBudget(root)) },
	{ label: 'charte et signataires', validate: whenPresent('charte/versions.yaml', (root) => loadCharter(root)) },
	{ label: 'bibliographie', validate: fromLoader((root) => loadReferences(root)) },
	{ label: 'partenaires', validate: fromLoader((root) => loadPartners(root)) },
	{ label: 'menu', validate: fromLoader((root) => loadDataFile('navigation.yaml', NavigationSchema, root)) },
	{ label: 'questionnaires', validate: fromLoader((root) => loadQuestionnaires(root)) },
	{
		label: 'événements',
		validate: fromLoader((root) => loadEvents({ roots: [root, ...fixtureRoots()], communes: territoryCommunesIfValid(root) })),
	},
	{ label: 'indicateurs', validate: fromLoader((root) => [loadIndicators(root), loadDataSettings(root)]) },
	{ label: 'tableau de bord', validate: whenPresent('tableau-de-bord/referentiel.yaml', (root) => loadDashboard(root)) },
	{ label: 'lexique', validate: fromLoader((root) => loadGlossary(root)) },
	{ label: 'sigles des pages (chacun a son entrée dans le lexique)', validate: checkPageAcronymsOf },
];

/** Runs every validator on the content root; throws one `ContentError` listing all problems. */
export function validateAllContent(root = contentRoot()): void {
	const problems = validators.flatMap(({ validate }) => validate(root));
	if (problems.length > 0) throw new ContentError(problems, 'Le contenu du site contient des erreurs');
}
