import type { Partner } from '../schemas/partner';
import { nationalCategory, type AudienceId, type CategoryId, type NeedId } from './taxonomy';

/**
 * A filter of the directory: what (a category or a need) for whom (an audience), or a commune;
 * absent criteria mean « all ». Category and need are alternatives: no page combines them.
 */
export interface PartnerFilter {
	category?: CategoryId;
	need?: NeedId;
	audience?: AudienceId;
	/** INSEE code of a commune, or `unplacedCommune` for local partners whose commune is not known. */
	commune?: string;
}

/** The `commune` filter of local partners without a known commune (their page: `/partenaires/commune/a-confirmer/`). */
export const unplacedCommune = 'a-confirmer';

type Filterable = Pick<Partner, 'category' | 'needs' | 'audiences' | 'commune'>;

/** Whether a partner matches every criterion of the filter. */
export function matchesFilter(partner: Filterable, filter: PartnerFilter): boolean {
	return (
		(filter.category === undefined || partner.category === filter.category) &&
		(filter.need === undefined || partner.needs.includes(filter.need)) &&
		(filter.audience === undefined || partner.audiences.includes(filter.audience)) &&
		(filter.commune === undefined ||
			(filter.commune === unplacedCommune ? partner.commune === undefined && partner.category !== nationalCategory : partner.commune === filter.commune))
	);
}

/** The partners that match the filter, in their original order. */
export function filterPartners<P extends Filterable>(partners: readonly P[], filter: PartnerFilter): P[] {
	return partners.filter((partner) => matchesFilter(partner, filter));
}

/** Address of the first page of the server-rendered list for one filter (works without JavaScript). */
export function filterPath(filter: PartnerFilter): string {
	if (filter.commune) return `/partenaires/commune/${filter.commune}/`;
	if (filter.category) return `/partenaires/categorie/${filter.category}/${filter.audience ? `${filter.audience}/` : ''}`;
	if (filter.need) return `/partenaires/besoin/${filter.need}/${filter.audience ? `${filter.audience}/` : ''}`;
	if (filter.audience) return `/partenaires/public/${filter.audience}/`;
	return '/partenaires/';
}
