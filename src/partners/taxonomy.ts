/**
 * The closed lists of the partner directory, defined once: the schema validates against them,
 * the pages build their filters and URLs from them, the map builds its legend from them.
 * Labels are French; ids are the URL slugs (`/partenaires/categorie/sante/`).
 */

/** One entry of a closed list: its id (URL slug), its label and a one-line explanation. */
export interface TaxonomyEntry<Id extends string = string> {
	readonly id: Id;
	readonly label: string;
	readonly description: string;
}

/** The source's six categories of partners (annexe 5), plus the national resources it cites. */
export const categories = [
	{ id: 'accueil-hebergement', label: 'Accueil et hébergement en protection de l’enfance', description: 'Foyers, maisons d’enfants, services éducatifs et familles d’accueil qui reçoivent les jeunes confié·es à l’aide sociale à l’enfance.', marker: 'A' },
	{ id: 'sante', label: 'Acteurs de la santé', description: 'Soins du corps et du psychisme, santé sexuelle, écoute des adolescent·es.', marker: 'S' },
	{ id: 'associations-insertion', label: 'Associations spécialisées, insertion et hébergement', description: 'Aide aux victimes, sortie de la prostitution, logement des jeunes, emploi et formation.', marker: 'I' },
	{ id: 'police-justice', label: 'Police et justice', description: 'Juges, parquet, protection judiciaire de la jeunesse, enquêteurs spécialisés.', marker: 'J' },
	{ id: 'education-nationale', label: 'Éducation nationale', description: 'Établissements scolaires et services sociaux et de santé en faveur des élèves.', marker: 'E' },
	{ id: 'autres-institutions', label: 'Autres institutions', description: 'Département, État et agence régionale de santé : pilotage, financement, coordination.', marker: 'O' },
	{ id: 'ressources-nationales', label: 'Ressources nationales', description: 'Numéros, associations et réseaux nationaux joignables de tout le territoire.', marker: 'N' },
] as const satisfies readonly (TaxonomyEntry & { marker: string })[];

/** What a person may need; each partner answers one or more of these (drawn from the source). */
export const needs = [
	{ id: 'ecoute-soutien', label: 'Écoute et soutien', description: 'Parler à quelqu’un, être conseillé·e et orienté·e.' },
	{ id: 'sante', label: 'Santé et soins', description: 'Soins physiques et psychiques, santé sexuelle, dépistage.' },
	{ id: 'mise-a-l-abri', label: 'Hébergement et mise à l’abri', description: 'Un lieu sûr pour dormir, en urgence ou dans la durée.' },
	{ id: 'insertion-scolarite', label: 'Scolarité, formation et emploi', description: 'Reprendre l’école, se former, trouver un travail.' },
	{ id: 'protection-justice', label: 'Protection et justice', description: 'Signaler, protéger, enquêter, juger.' },
	{ id: 'aide-aux-victimes', label: 'Aide aux victimes', description: 'Accompagnement juridique, psychologique et social des victimes.' },
	{ id: 'sortie-prostitution', label: 'Sortie de la prostitution', description: 'Accompagnement vers la sortie du système prostitutionnel.' },
	{ id: 'prevention', label: 'Prévention et éducation', description: 'Aller vers les jeunes, éducation à la vie affective et au numérique.' },
	{ id: 'formation', label: 'Formation des professionnel·les', description: 'Se former au repérage et à l’accompagnement.' },
	{ id: 'coordination', label: 'Coordination et politiques publiques', description: 'Piloter, financer, mettre en réseau les acteurs.' },
] as const satisfies readonly TaxonomyEntry[];

/** Who a partner receives or answers. */
export const audiences = [
	{ id: 'professionnels', label: 'Professionnel·les', short: 'professionnel·les', description: 'Travailleurs sociaux, soignant·es, enseignant·es, bénévoles.' },
	{ id: 'familles', label: 'Familles et proches', short: 'familles', description: 'Parents, familles d’accueil, proches d’un·e jeune.' },
	{ id: 'jeunes', label: 'Jeunes', short: 'jeunes', description: 'Adolescent·es et jeunes majeur·es eux-mêmes.' },
] as const satisfies readonly (TaxonomyEntry & { short: string })[];

export type CategoryId = (typeof categories)[number]['id'];
export type NeedId = (typeof needs)[number]['id'];
export type AudienceId = (typeof audiences)[number]['id'];

export const categoryIds = categories.map((entry) => entry.id) as [CategoryId, ...CategoryId[]];
export const needIds = needs.map((entry) => entry.id) as [NeedId, ...NeedId[]];
export const audienceIds = audiences.map((entry) => entry.id) as [AudienceId, ...AudienceId[]];

/** The category that gathers national resources: they have no commune and are not on the map. */
export const nationalCategory: CategoryId = 'ressources-nationales';

/** The entry of a closed list with this id (throws on an unknown id: ids are validated before). */
export function entryOf<Entry extends TaxonomyEntry>(list: readonly Entry[], id: string): Entry {
	const entry = list.find((candidate) => candidate.id === id);
	if (!entry) throw new Error(`Identifiant inconnu : ${id}`);
	return entry;
}

export const categoryOf = (id: CategoryId) => entryOf(categories, id);
export const needOf = (id: NeedId) => entryOf(needs, id);
export const audienceOf = (id: AudienceId) => entryOf(audiences, id);
