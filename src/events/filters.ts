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

/** Every filtered page to generate (every combination but « tous / tous », which is `/formations/`). */
export function filterCombinations(): { kind: KindFilter; audience: AudienceFilter }[] {
	const kinds: KindFilter[] = [allValue, ...(Object.keys(eventKinds) as EventKind[])];
	const audiences: AudienceFilter[] = [allValue, ...(Object.keys(eventAudiences) as EventAudience[])];
	return kinds.flatMap((kind) => audiences.map((audience) => ({ kind, audience }))).filter(({ kind, audience }) => kind !== allValue || audience !== allValue);
}

/** The events matching both filters. */
export function filterEvents<T extends { kind: EventKind; audience: readonly EventAudience[] }>(events: readonly T[], kind: KindFilter, audience: AudienceFilter): T[] {
	return events.filter((event) => (kind === allValue || event.kind === kind) && (audience === allValue || event.audience.includes(audience)));
}

/** « Formations pour les bénévoles », « Webinaires », « Tous les événements pour les familles et proches ». */
export function describeFilter(kind: KindFilter, audience: AudienceFilter): string {
	const what = kind === allValue ? 'Tous les événements' : `${eventKinds[kind]}`;
	return audience === allValue ? what : `${what} – public : ${eventAudiences[audience].toLowerCase()}`;
}
