import { IndicatorSchema, type IndicatorInput } from '../../../src/schemas/indicator';
import { publishIndicator } from '../../../src/indicators/disclosure';

const base = {
	unit: 'count',
	population: 'personnes interrogées',
	sensitive: false,
	period: 'mars à mai 2023',
	geography: 'Territoire test',
	source: { title: 'Enquête de test' },
	method: 'Données de test pour les graphiques.',
} as const;

/** Publishes a test dataset (validated and through disclosure control, like the site's). */
export function published(input: Partial<IndicatorInput> & Pick<IndicatorInput, 'id' | 'title' | 'values'>) {
	return publishIndicator(IndicatorSchema.parse({ ...base, ...input }));
}

export const wishToStop = published({
	id: 'volonte',
	title: 'Volonté d’arrêter',
	chart: 'stacked',
	values: { kind: 'categories', total: 15, categories: [{ label: 'Oui', count: 3 }, { label: 'Non', count: 5 }, { label: 'Ne sait pas', count: 7 }] },
});

/** Sensitive breakdown with one small cell (3) and a secondary cell (9) that must never be drawn. */
export const smallCell = published({
	id: 'petit-effectif',
	title: 'Situations par tranche d’âge',
	sensitive: true,
	population: 'mineur·es accompagné·es',
	chart: 'stacked',
	values: { kind: 'categories', total: 61, categories: [{ label: 'Moins de 13 ans', count: 3 }, { label: '13 à 15 ans', count: 9 }, { label: '15 à 18 ans', count: 49 }] },
});

export const occupancy = published({
	id: 'occupation',
	title: 'Enfants accueillis au regard des places',
	unit: 'child-FTE',
	values: { kind: 'categories', referenceLabel: 'places autorisées', categories: [{ label: 'Avec hébergement', value: 190.38, reference: 152 }, { label: 'Sans hébergement', value: 101.7, reference: 80 }] },
});

export const runaways = published({
	id: 'fugues',
	title: 'Journées de fugue',
	unit: 'days',
	values: { kind: 'series', points: [{ label: '2020', value: 25 }, { label: '2021', value: 95 }] },
});

export const smallSeries = published({
	id: 'accompagnements',
	title: 'Mineur·es accompagné·es',
	sensitive: true,
	values: { kind: 'series', points: [{ label: '2024', value: 2 }, { label: '2025', value: 17 }] },
});

export const atLeast = published({
	id: 'estimation',
	title: 'Mineur·es identifié·es',
	sensitive: true,
	values: { kind: 'figure', value: 25, qualifier: 'au-moins', label: 'mineur·es identifié·es sur trois ans' },
});

export const girls = published({
	id: 'filles',
	title: 'Part des filles',
	unit: 'share',
	sensitive: true,
	method: 'Part masquée par le contrôle de diffusion.',
	values: { kind: 'figure', value: 96, qualifier: 'plus-de', outOf: 25, label: 'des mineur·es identifié·es sont des filles' },
});

export const budget = published({
	id: 'budget',
	title: 'Budget prévisionnel',
	unit: 'euros',
	values: { kind: 'categories', total: 40962.12, categories: [{ label: 'Formation', value: 12000 }, { label: 'Coordination', value: 28962.12 }] },
});
