/**
 * Closed lists of the events calendar, defined once: the schema validates against their keys and
 * the pages take their French labels from here (filters, badges, headings). Labels use the
 * straight apostrophe: Pagefind would index « d’échange » as one word.
 */

/** Kinds of event; the key is used in filter URLs (`/formations/filtre/<kind>/...`). */
export const eventKinds = {
	formation: 'Formation',
	webinaire: 'Webinaire',
	'journee-echange': "Journée d'échange",
	'groupe-expression': "Groupe d'expression",
	'reunion-reseau': 'Réunion du réseau',
} as const;

/** Who an event is for; the key is used in filter URLs (`/formations/filtre/.../<audience>/`). */
export const eventAudiences = {
	'professionnel-les': 'Professionnel·les',
	'referent-es': 'Référent·es de parcours',
	'partenaires-reseau': 'Partenaires du réseau',
	'benevoles': 'Bénévoles',
	'familles': 'Familles et proches',
	'adolescent-es': 'Adolescent·es accueilli·es',
} as const;

/** Where an event stands, as coordinators write it. */
export const eventStatuses = {
	prévu: 'Prévu',
	complet: 'Complet',
	annulé: 'Annulé',
	terminé: 'Terminé',
} as const;

/** Kinds of session material. */
export const materialKinds = {
	diaporama: 'Diaporama',
	programme: 'Programme',
	'fiche-pratique': 'Fiche pratique',
	guide: 'Guide',
	exercice: 'Exercice ou cas pratique',
	synthese: 'Synthèse',
} as const;

/** Themes by which the materials library is grouped. */
export const materialThemes = {
	comprendre: 'Comprendre la prostitution des mineur·es',
	reperer: 'Repérer et agir',
	accompagner: 'Accompagner',
	cadre: 'Cadre légal',
	reseau: 'Le réseau et sa coopération',
} as const;

export type EventKind = keyof typeof eventKinds;
export type EventAudience = keyof typeof eventAudiences;
export type EventStatus = keyof typeof eventStatuses;
export type MaterialKind = keyof typeof materialKinds;
export type MaterialTheme = keyof typeof materialThemes;

/** The keys of a closed list, typed as a non-empty tuple for `z.enum`. */
export function keysOf<T extends Record<string, string>>(list: T): [keyof T & string, ...(keyof T & string)[]] {
	return Object.keys(list) as [keyof T & string, ...(keyof T & string)[]];
}
