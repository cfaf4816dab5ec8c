/**
 * The closed list of kinds of glossary entries, defined once: the schema, the pages (one page per
 * kind at `/lexique/<slug>/`), the filter and the annotation options all read it from here.
 */
export const glossaryKinds = [
	{
		id: 'sigle',
		label: 'Sigle',
		plural: 'Sigles',
		slug: 'sigles',
		description: 'Les sigles des institutions, des dispositifs et des textes, développés et expliqués.',
	},
	{
		id: 'mot des jeunes',
		label: 'Mot des jeunes',
		plural: 'Mots des jeunes',
		slug: 'mots-des-jeunes',
		description: 'Ce que disent certain·es adolescent·es pour parler de situations de prostitution, et comment l’entendre.',
	},
	{
		id: 'notion juridique',
		label: 'Notion juridique',
		plural: 'Notions juridiques',
		slug: 'notions-juridiques',
		description: 'Les mots du droit : ce que dit la loi, avec la référence du texte.',
	},
	{
		id: 'concept du dispositif',
		label: 'Concept du dispositif',
		plural: 'Concepts du dispositif',
		slug: 'concepts-du-dispositif',
		description: 'Les notions sur lesquelles repose le réseau : coopération, lieu-ressource, référent de parcours…',
	},
	{
		id: 'institution',
		label: 'Institution',
		plural: 'Institutions',
		slug: 'institutions',
		description: 'Les services, juridictions et organismes que l’on cite sans toujours savoir ce qu’ils font.',
	},
] as const;

export type GlossaryKindId = (typeof glossaryKinds)[number]['id'];
export type GlossaryKind = (typeof glossaryKinds)[number];

/** The kind ids, in display order, as a tuple for `z.enum`. */
export const glossaryKindIds = glossaryKinds.map((kind) => kind.id) as [GlossaryKindId, ...GlossaryKindId[]];

/** The kind with this id (the list is closed, so it always exists for a validated entry). */
export function kindById(id: GlossaryKindId): GlossaryKind {
	return glossaryKinds.find((kind) => kind.id === id)!;
}
