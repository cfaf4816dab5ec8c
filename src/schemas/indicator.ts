import { z } from 'astro/zod';
import { findLeaks, publishIndicator } from '../indicators/disclosure';
import { themeKeys } from '../indicators/themes';
import { chartKinds, mentionRankKeys, qualifierKeys } from '../indicators/vocabulary';
import { unitKeys, units, type Unit } from '../indicators/units';
import { SourceSchema } from './source';

/**
 * One indicator dataset: one YAML file of `content/indicateurs/` (sub-folders allowed, the first
 * one names the theme). Counts are stored as the source reports them; shares are derived from
 * them in `src/indicators/shares.ts`, so rounding happens once. Disclosure control
 * (`src/indicators/disclosure.ts`) decides what may be published.
 */

const number = (what: string) => z.number({ error: `${what} : un nombre écrit sans espace ni symbole (ex. 12 ou 40962.12)` });

const CategorySchema = z.strictObject({
	/** What is counted in this part, e.g. « Oui » or « Accueil avec hébergement ». */
	label: z.string().min(1, { error: 'le libellé de la catégorie (ex. « Oui »)' }),
	/** Number of people (unit `count`), as the source reports it. Write `count` or `value`, not both. */
	count: number('l’effectif').nonnegative({ error: 'un effectif positif ou nul' }).optional(),
	/** Amount in the dataset's unit (euros, places, ETP...). Write `count` or `value`, not both. */
	value: number('la valeur').optional(),
	/** A reference to compare with (e.g. authorised places for children hosted); see `referenceLabel`. */
	reference: number('la valeur de référence').nonnegative().optional(),
	/** A short remark shown in the table. */
	note: z.string().optional(),
});

const CategoriesSchema = z.strictObject({
	kind: z.literal('categories'),
	/** Size of the whole (respondents, budget...): gives the shares. Omit when the parts do not form a whole. */
	total: number('le total').nonnegative({ error: 'un total positif ou nul' }).optional(),
	/** `true` when one person may be in several categories (« plusieurs réponses possibles »). */
	multiple: z.boolean().default(false),
	/** What `reference` means, e.g. « places autorisées ». */
	referenceLabel: z.string().optional(),
	/** The parts, in the order to show them. */
	categories: z.array(CategorySchema).min(1, { error: 'au moins une catégorie' }),
});

const SeriesSchema = z.strictObject({
	kind: z.literal('series'),
	/** One point per period, in time order. */
	points: z
		.array(
			z.strictObject({
				/** The period of the point, e.g. `2021`. */
				label: z.union([z.string().min(1), z.number()]).transform(String),
				/** The value in the dataset's unit. */
				value: number('la valeur'),
				/** A short remark shown in the table. */
				note: z.string().optional(),
			}),
		)
		.min(2, { error: 'au moins deux points (sinon utilisez kind: figure)' }),
});

const FigureSchema = z.strictObject({
	kind: z.literal('figure'),
	/** The figure, or the lower end of a range (`value: 7000`, `upTo: 10000`). */
	value: number('la valeur'),
	/** Upper end when the source gives a range. */
	upTo: number('la borne haute').optional(),
	/** How the source qualifies the figure. */
	qualifier: z.enum(qualifierKeys, { error: `un de ces qualificatifs : ${qualifierKeys.join(', ')}` }).default('exact'),
	/** For a share: the number of people it is taken from (lets disclosure control check it). */
	outOf: number('l’effectif de référence').int().positive().optional(),
	/** A short label under the figure on a card, e.g. « mineur·es concerné·es en France ». */
	label: z.string().optional(),
});

const MentionsSchema = z.strictObject({
	kind: z.literal('mentions'),
	/** What the source cites without giving a number, in its order. */
	items: z
		.array(
			z.strictObject({
				/** The mention in a few words. */
				label: z.string().min(2),
				/** How much the source insists on it. */
				rank: z.enum(mentionRankKeys).default('cite'),
				/** A short remark. */
				note: z.string().optional(),
			}),
		)
		.min(1),
});

const idPattern = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const requiredSource = z
	.custom<unknown>((input) => input !== undefined && input !== null, {
		error: 'la source du chiffre : « source: { title: "qui publie, quel document", url: adresse si publique } »',
	})
	.pipe(SourceSchema);

const IndicatorObject = z.strictObject({
	/** Stable id, also the file name of the downloads (`/indicateurs/donnees/<id>.csv`). */
	id: z.string().regex(idPattern, { error: 'un identifiant en minuscules, chiffres et tirets (ex. « enquete-2023-formation »)' }),
	/** The question the figures answer, as a heading. */
	title: z.string().min(5, { error: 'un titre d’au moins 5 caractères' }),
	/** Unit of every value of the dataset (closed list in `src/indicators/units.ts`). */
	unit: z.enum(unitKeys, { error: `une unité de la liste : ${unitKeys.join(', ')}` }),
	/** Who or what is counted (« professionnel·les ayant répondu au questionnaire »). Required when `sensitive`. */
	population: z.string().min(3, { error: 'qui est compté, en quelques mots' }).optional(),
	/** `true` when the people counted are minors or victims: small counts are then masked. */
	sensitive: z.boolean({ error: 'true ou false : true quand les personnes comptées sont des mineur·es ou des victimes' }),
	/** When the figures were observed (« mars à mai 2023 », « 2022 »). */
	period: z.union([z.string().min(4, { error: 'la période observée (ex. « 2022 » ou « mars à mai 2023 »)' }), z.number().int()]).transform(String),
	/** Where (« Puy-de-Dôme », « France »). */
	geography: z.string().min(2, { error: 'le territoire couvert (ex. « France »)' }),
	/** Where the figures come from; `url` when the source is public. */
	source: requiredSource,
	/** How the figures were produced, their limits, and what was derived. */
	method: z.string().min(10, { error: 'quelques mots sur la méthode (enquête, estimation, calcul...)' }),
	/** The values. */
	values: z.discriminatedUnion('kind', [CategoriesSchema, SeriesSchema, FigureSchema, MentionsSchema], {
		error: 'values.kind : categories, series, figure ou mentions',
	}),
	/** Page of the dataset; by default the first sub-folder, or `diagnostic-local` for survey ids `enquete-...`. */
	theme: z.enum(themeKeys, { error: `un thème de la liste : ${themeKeys.join(', ')}` }).optional(),
	/** How to draw it; by default: bars for categories, columns for series, a card for a figure. */
	chart: z.enum(chartKinds, { error: `un graphique de la liste : ${chartKinds.join(', ')}` }).optional(),
	/** Shown among the key figures of `/indicateurs/`. */
	featured: z.boolean().default(false),
	/** Position on its theme page (smaller first; default 100, then by file name). */
	order: z.number().int({ error: 'un nombre entier (ex. 10)' }).default(100),
	/** Decimals of the derived shares (0 gives « 87 % », 1 gives « 93,3 % »). */
	shareDigits: z.number().int().min(0).max(1).default(0),
	/** Disclosure control of a sensitive dataset. */
	disclosure: z
		.strictObject({
			/** Counts from 1 to threshold − 1 are shown as « < threshold »: at least 5, the data concern minors. */
			threshold: z.number().int().min(5, { error: 'un seuil d’au moins 5 : les données concernent des mineur·es' }),
		})
		.optional(),
});

type IndicatorObjectOutput = z.output<typeof IndicatorObject>;

/** Tolerance when parts are compared with their total: rounding of each published part. */
function tolerance(unit: Unit, parts: number): number {
	if (unit === 'count' || unit === 'places') return 0;
	if (unit === 'share') return 0.5 * parts;
	return 0.005 * parts + 1e-9;
}

function checkDataset(data: IndicatorObjectOutput, ctx: z.core.$RefinementCtx<IndicatorObjectOutput>): void {
	const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message, input: undefined });
	const { unit, values } = data;
	if (data.sensitive && !data.population) {
		issue(['population'], 'obligatoire quand sensitive: true : qui est compté (ex. « mineur·es identifié·es par les répondant·es »)');
	}
	const checkValue = (path: (string | number)[], value: number) => {
		if (unit === 'share' && (value > 100 || value < 0)) issue(path, `une part entre 0 et 100 (en %) : ${value} sort de cet intervalle`);
		if (units[unit].countsPeople && !Number.isInteger(value)) issue(path, `un effectif entier (ex. 12) : ${value} n’est pas un nombre entier`);
	};
	if (values.kind === 'categories') {
		const parts: number[] = [];
		values.categories.forEach((category, index) => {
			const hasCount = category.count !== undefined;
			const hasValue = category.value !== undefined;
			if (hasCount === hasValue) {
				issue(['values', 'categories', index], 'une seule valeur par catégorie : « count » (un effectif) ou « value » (un montant)');
				return;
			}
			const key = hasCount ? 'count' : 'value';
			const value = (category.count ?? category.value) as number;
			checkValue(['values', 'categories', index, key], value);
			if (values.total !== undefined && value > values.total + tolerance(unit, 1)) {
				issue(['values', 'categories', index, key], `une partie au plus égale au total (${values.total}) : une part au-dessus de 100 % est impossible`);
			}
			parts.push(value);
		});
		if (data.sensitive && unit === 'share' && values.total !== undefined) {
			// Shares of a known whole can be turned back into counts: store the counts instead.
			issue(['unit'], 'dans un jeu sensible, stockez les effectifs (unit: count) avec leur total : les parts sont calculées et contrôlées');
		}
		if (values.total !== undefined && !values.multiple && parts.length === values.categories.length) {
			const sum = parts.reduce((a, b) => a + b, 0);
			if (Math.abs(sum - values.total) > tolerance(unit, parts.length)) {
				const rounded = Math.round(sum * 100) / 100;
				issue(['values', 'total'], `la somme des parties : elles font ${rounded}, pas ${values.total} (ajoutez la catégorie manquante, corrigez le total, ou écrivez « multiple: true » si une personne peut être dans plusieurs catégories)`);
			}
		}
	} else if (values.kind === 'series') {
		values.points.forEach((point, index) => checkValue(['values', 'points', index, 'value'], point.value));
	} else if (values.kind === 'figure') {
		checkValue(['values', 'value'], values.value);
		if (values.upTo !== undefined) {
			checkValue(['values', 'upTo'], values.upTo);
			if (values.upTo < values.value) issue(['values', 'upTo'], `une borne haute supérieure à la borne basse (${values.value})`);
		}
	}
}

/** Normalises a category to `{ label, value, reference?, note? }` once its shape is checked. */
function normalise(data: IndicatorObjectOutput) {
	const { values, ...rest } = data;
	if (values.kind !== 'categories') return { ...rest, values };
	return {
		...rest,
		values: {
			...values,
			categories: values.categories.map(({ count, value, ...category }) => ({ ...category, value: (count ?? value) as number })),
		},
	};
}

/** Free text must not quote a value that disclosure control masks (« plus de 96 % » in the method). */
function checkLeaks(data: ReturnType<typeof normalise>, ctx: z.core.$RefinementCtx<ReturnType<typeof normalise>>): void {
	const dataset = data as Indicator;
	for (const leak of findLeaks(dataset, publishIndicator(dataset))) {
		ctx.addIssue({ code: 'custom', path: ['method'], input: undefined, message: `aucun chiffre masqué par le contrôle de diffusion dans le titre, la méthode ou les notes : « ${leak} » y apparaît, retirez-le du texte` });
	}
}

export const IndicatorSchema = IndicatorObject.superRefine(checkDataset).transform(normalise).superRefine(checkLeaks);

export type IndicatorInput = z.input<typeof IndicatorSchema>;
export type Indicator = ReturnType<typeof normalise>;
export type IndicatorValues = Indicator['values'];
export { qualifiers, mentionRanks, type Qualifier, type MentionRank } from '../indicators/vocabulary';
