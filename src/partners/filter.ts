import type { Partner } from '../schemas/partner';
import type { AudienceId, CategoryId, NeedId } from './taxonomy';

/** A filter of the directory: any combination of category, need and audience (absent = all). */
export interface PartnerFilter {
	category?: CategoryId;
	need?: NeedId;
	audience?: AudienceId;
}

/** Whether a partner matches every criterion of the filter. */
export function matchesFilter(partner: Pick<Partner, 'category' | 'needs' | 'audiences'>, filter: PartnerFilter): boolean {
	return (
		(filter.category === undefined || partner.category === filter.category) &&
		(filter.need === undefined || partner.needs.includes(filter.need)) &&
		(filter.audience === undefined || partner.audiences.includes(filter.audience))
	);
}

/** The partners that match the filter, in their original order. */
export function filterPartners<P extends Pick<Partner, 'category' | 'needs' | 'audiences'>>(partners: readonly P[], filter: PartnerFilter): P[] {
	return partners.filter((partner) => matchesFilter(partner, filter));
}

/** Address of the server-rendered page for one filter (works without JavaScript). */
export function filterPath(filter: PartnerFilter): string {
	if (filter.category && filter.audience) return `/partenaires/categorie/${filter.category}/${filter.audience}/`;
	if (filter.category) return `/partenaires/categorie/${filter.category}/`;
	if (filter.need) return `/partenaires/besoin/${filter.need}/`;
	if (filter.audience) return `/partenaires/public/${filter.audience}/`;
	return '/partenaires/';
}
