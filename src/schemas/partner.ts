import { z } from 'astro/zod';
import { isFrenchPhone } from '../lib/phone';
import { audienceIds, categoryIds, needIds } from '../partners/taxonomy';
import { SourceSchema } from './source';

/** Ids that would collide with the directory's own pages (`/partenaires/carte/`...). */
export const reservedPartnerIds = ['carte', 'categorie', 'besoin', 'public', 'commune', 'page'] as const;

/** Where a contact detail was read: required, so that no contact reaches the site without a source. */
const ContactSourceSchema = z.object(SourceSchema.shape, {
	error: 'la source de cette coordonnée : un champ « source » avec « title » (qui la publie) et si possible « url » ; sans source, retirez la coordonnée',
});

const checkedOn = z.iso.date({ error: 'la date de la dernière vérification au format AAAA-MM-JJ, par exemple 2026-11-29' });

/** Fields every contact detail carries. */
const contactBase = {
	/** What this contact is for, e.g. « standard », « ligne dédiée aux professionnel·les ». */
	label: z.string().min(2).optional(),
	/** Where the contact detail was read (a document, a web page). */
	source: ContactSourceSchema,
	/** Date on which someone last checked the detail against its source (AAAA-MM-JJ). */
	checkedOn,
};

/** One contact detail of a partner; `kind` says which. */
export const ContactSchema = z.discriminatedUnion(
	'kind',
	[
		z.strictObject({
			/** A phone number. */
			kind: z.literal('telephone'),
			/** The number as written in France: `04 73 00 00 00`, or a short number such as `119`. */
			value: z.string().refine(isFrenchPhone, { error: 'un numéro de téléphone français : 10 chiffres commençant par 0 (ex. « 04 73 00 00 00 ») ou un numéro court (ex. « 119 »)' }),
			...contactBase,
		}),
		z.strictObject({
			/** An e-mail address of the organisation (never a person's own address). */
			kind: z.literal('courriel'),
			/** The address, e.g. `accueil@exemple.fr`. */
			value: z.email({ error: 'une adresse électronique valide, par exemple accueil@exemple.fr' }),
			...contactBase,
		}),
		z.strictObject({
			/** A website. */
			kind: z.literal('site'),
			/** Full address of the page, starting with https:// (or http://). */
			value: z.url({ protocol: /^https?$/, error: 'une adresse web complète, par exemple https://www.exemple.fr/' }),
			...contactBase,
		}),
		z.strictObject({
			/** A postal address. */
			kind: z.literal('adresse'),
			/** Street lines (building, number and street). */
			lines: z.array(z.string().min(2)).min(1, { error: 'au moins une ligne d’adresse (numéro et rue)' }),
			/** Five-digit postal code. */
			postalCode: z.string().regex(/^\d{5}$/, { error: 'un code postal de 5 chiffres, par exemple 63000' }),
			/** Town as written on mail. */
			city: z.string().min(2),
			...contactBase,
		}),
		z.strictObject({
			/** Opening hours or times when a phone line answers. */
			kind: z.literal('horaires'),
			/** In plain French, e.g. « 24 h sur 24, 7 jours sur 7 ». */
			value: z.string().min(3),
			...contactBase,
		}),
	],
	{ error: 'une coordonnée avec « kind » parmi : telephone, courriel, site, adresse, horaires' },
);

/** A figure of capacity: always with its source and period (the source's year goes in its title). */
const CapacitySchema = z.strictObject({
	/** The service concerned, e.g. « foyer éducatif ». */
	service: z.string().min(2),
	/** Number of places or measures. */
	value: z.number().int().positive(),
	/** What is counted: places or measures. */
	unit: z.enum(['places', 'mesures']),
	/** Where the figure comes from, with its period. */
	source: SourceSchema,
});

export interface PartnerSchemaOptions {
	/** INSEE codes of the territory's communes (the `commune` field must be one of them). */
	communeCodes: ReadonlySet<string>;
	/** An example commune for error messages, e.g. `{ code: '63113', name: '...' }`. */
	exampleCommune?: { code: string; name: string };
}

/**
 * The schema of one partner file (`content/partenaires/<id>.yaml`). A factory, because the list
 * of valid communes comes from the territory being built.
 */
export function createPartnerSchema({ communeCodes, exampleCommune }: PartnerSchemaOptions) {
	const example = exampleCommune ? ` (ex. « ${exampleCommune.code} » pour ${exampleCommune.name})` : '';
	return z
		.strictObject({
			/** Stable id, also the page address (`/partenaires/<id>/`): lower case, digits and hyphens. */
			id: z
				.string()
				.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: 'un identifiant en minuscules, chiffres et tirets (ex. « cdef-63 »)' })
				.refine((id) => !(reservedPartnerIds as readonly string[]).includes(id), { error: `un identifiant qui n’est pas réservé aux pages de l’annuaire (${reservedPartnerIds.join(', ')})` }),
			/** Full name, e.g. « Centre départemental de l’enfance et de la famille ». */
			name: z.string().min(2),
			/** Acronym or short name when the partner has one, e.g. « CDEF 63 ». */
			acronym: z.string().min(2).optional(),
			/** One of the directory's categories (see `src/partners/taxonomy.ts`). */
			category: z.enum(categoryIds),
			/** What the partner does, in plain French and in our own words (two to five sentences). */
			description: z.string().min(40, { error: 'une description d’au moins 40 caractères, en phrases écrites par nous' }),
			/** What the partner can bring to the network (actions from the source), one per line. */
			actions: z.array(z.string().min(5)).default([]),
			/** Needs the partner answers (at least one). */
			needs: z.array(z.enum(needIds)).min(1, { error: 'au moins un besoin (ex. « sante »)' }),
			/** Who the partner receives or answers (at least one). */
			audiences: z.array(z.enum(audienceIds)).min(1, { error: 'au moins un public : professionnels, familles ou jeunes' }),
			/** Ages received, when the source says. */
			ages: z
				.strictObject({
					/** Youngest age received. */
					from: z.number().int().min(0).max(30).optional(),
					/** Oldest age received. */
					to: z.number().int().min(0).max(30).optional(),
					/** Detail in words, e.g. « jusqu’à 18 ans pour les violences sexuelles ». */
					note: z.string().min(3).optional(),
				})
				.refine((ages) => ages.from === undefined || ages.to === undefined || ages.from <= ages.to, { error: 'un âge « from » inférieur ou égal à « to »' })
				.optional(),
			/** Places or measures, each figure with its source and period. */
			capacity: z.array(CapacitySchema).default([]),
			/** INSEE code of the commune where the partner is, when known from a source; absent otherwise. */
			commune: z
				.string()
				.regex(/^[0-9][0-9AB][0-9]{3}$/, { error: `un code INSEE de commune à 5 caractères${example}` })
				.refine((code) => communeCodes.has(code), { error: `le code INSEE d’une commune du département${example} : ce code n’est pas dans la liste des communes` })
				.optional(),
			/** Area served, in words, e.g. « tout le département », « France entière ». */
			area: z.string().min(3),
			/** Contact details, each with its source and the date it was checked. Empty: « coordonnées à confirmer ». */
			contacts: z.array(ContactSchema).default([]),
			/** Who to ask for, as a role (« chef·fe de service »), never a person's name. */
			referent: z
				.string()
				.regex(/^[a-zàâçéèêëîïôûùüÿœ]/, { error: 'une fonction écrite en minuscules (ex. « chef·fe de service »), jamais le nom d’une personne' })
				.optional(),
			/** Where the description's facts come from (at least one source). */
			sources: z.array(SourceSchema).min(1, { error: 'au moins une source pour la description' }),
			/** Date on which the whole entry was last reviewed (AAAA-MM-JJ). */
			checkedOn,
		});
}

export type PartnerSchema = ReturnType<typeof createPartnerSchema>;
export type PartnerInput = z.input<PartnerSchema>;
export type Partner = z.output<PartnerSchema>;
export type Contact = z.output<typeof ContactSchema>;
export type ContactKind = Contact['kind'];
