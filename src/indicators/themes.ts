/**
 * The themes of the indicator pages, defined once: each theme is a page `/indicateurs/<slug>/`
 * and a sub-folder of `content/indicateurs/`. Titles that name the territory or its pilot are
 * written from the territory settings, never here.
 */
import type { Territory } from '../schemas/territory';

export interface ThemeDefinition {
	/** Page title, written from the territory settings. */
	title: (territory: Territory) => string;
	/** One sentence under the title and in the list of themes. */
	description: (territory: Territory) => string;
}

export const themes = {
	'diagnostic-local': {
		title: () => 'Le diagnostic local',
		description: (t) => `Ce que les professionnel·les de la protection de l’enfance ${t.nameWithPreposition} ont décrit lors de l’enquête de terrain de 2023.`,
	},
	cdef: {
		title: (t) => `L’activité du ${t.pilot.shortName}`,
		description: (t) => `Capacité, personnel, suroccupation, accueils et fugues dans les foyers pour adolescent·es du ${t.pilot.shortName}.`,
	},
	departement: {
		title: (t) => `La protection de l’enfance ${t.nameWithPreposition}`,
		description: (t) => `Les enfants confié·es à l’aide sociale à l’enfance ${t.nameWithPreposition} et les moyens de la politique départementale.`,
	},
	national: {
		title: () => 'Le phénomène en France',
		description: () => 'Les estimations nationales et les études qui mesurent la prostitution des mineur·es, en particulier à l’aide sociale à l’enfance.',
	},
	budget: {
		title: () => 'Le budget du dispositif',
		description: () => 'Le budget prévisionnel du réseau sur une année pleine et son plan de financement.',
	},
} as const satisfies Record<string, ThemeDefinition>;

export type Theme = keyof typeof themes;

/** The theme slugs in page order, for `z.enum` and navigation. */
export const themeKeys = Object.keys(themes) as [Theme, ...Theme[]];

export function isTheme(value: string): value is Theme {
	return Object.hasOwn(themes, value);
}
