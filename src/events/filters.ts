import { eventAudiences, eventKinds, type EventAudience, type EventKind } from '../schemas/event-lists';

/**
 * Filters of the calendar by kind and audience. They work without JavaScript: each combination is
 * a page of its own (`/formations/filtre/<kind>/<audience>/`, `tous` for no filter), reached by
 * plain links; `/formations/` is the page without filter.
 */

/** `tous` stands for « no filter » in filter URLs. */
export const allValue = 'tous';

export type KindFilter = EventKind | typeof allValue;
export type AudienceFilter = EventAudience | typeof allValue;

/** URL of the calendar filtered by `kind` and `audience`. */
export function filterHref(kind: KindFilter, audience: AudienceFilter): string {
	return kind === allValue && audience === allValue ? '/formations/' : `/formations/filtre/${kind}/${audience}/`;
}

/**
 * The filtered pages to generate: every combination that matches at least one event, except
 * « tous / tous », which is `/formations/`. Filters matching nothing are shown without a link.
 */
export function filterCombinations(events: readonly Filterable[]): { kind: KindFilter; audience: AudienceFilter }[] {
	const kinds: KindFilter[] = [allValue, ...(Object.keys(eventKinds) as EventKind[])];
	const audiences: AudienceFilter[] = [allValue, ...(Object.keys(eventAudiences) as EventAudience[])];
	return kinds
		.flatMap((kind) => audiences.map((audience) => ({ kind, audience })))
		.filter(({ kind, audience }) => (kind !== allValue || audience !== allValue) && filterEvents(events, kind, audience).length > 0);
}

/** What filtering needs to know of an event. */
export interface Filterable {
	kind: EventKind;
	audience: readonly EventAudience[];
}

/** The events matching both filters. */
export function filterEvents<T extends Filterable>(events: readonly T[], kind: KindFilter, audience: AudienceFilter): T[] {
	return events.filter((event) => (kind === allValue || event.kind === kind) && (audience === allValue || event.audience.includes(audience)));
}

/** « Formations pour les bénévoles », « Webinaires », « Tous les événements pour les familles et proches ». */
export function describeFilter(kind: KindFilter, audience: AudienceFilter): string {
	const what = kind === allValue ? 'Tous les événements' : `${eventKinds[kind]}`;
	return audience === allValue ? what : `${what} – public : ${eventAudiences[audience].toLowerCase()}`;
}
