import { describe, expect, it } from 'vitest';
import { calendarPageParams, calendarPages, isWholeCalendar, replayPageCount } from '../../src/events/calendar-pages';

const named = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => `${prefix}${index + 1}`);

describe('calendarPages', () => {
	it('keeps a short calendar on one page with its three parts in order', () => {
		const { pages, starts } = calendarPages({ upcoming: ['u1'], toSchedule: ['s1', 's2'], past: ['p1'] }, '/formations/');
		expect(pages).toHaveLength(1);
		expect(pages[0]!.parts.map((part) => [part.heading, part.events, part.continued])).toEqual([
			['À venir', ['u1'], false],
			['À programmer', ['s1', 's2'], false],
			['Passés', ['p1'], false],
		]);
		expect(starts.map((start) => start.href)).toEqual(['/formations/#a-venir', '/formations/#a-programmer', '/formations/#passes']);
	});

	it('cuts a long calendar into pages of the given size, in calendar order, a part running on over pages', () => {
		const { pages, starts } = calendarPages({ upcoming: named('u', 5), toSchedule: named('s', 3), past: named('p', 4) }, '/formations/', 4);
		expect(pages.map((page) => page.parts.flatMap((part) => part.events))).toEqual([
			['u1', 'u2', 'u3', 'u4'],
			['u5', 's1', 's2', 's3'],
			['p1', 'p2', 'p3', 'p4'],
		]);
		expect(pages[1]!.parts.map((part) => [part.id, part.continued])).toEqual([
			['upcoming', true],
			['toSchedule', false],
		]);
		expect(pages.every((page) => page.last === 3)).toBe(true);
		expect(starts).toEqual([
			{ id: 'upcoming', heading: 'À venir', count: 5, href: '/formations/#a-venir' },
			{ id: 'toSchedule', heading: 'À programmer', count: 3, href: '/formations/page/2/#a-programmer' },
			{ id: 'past', heading: 'Passés', count: 4, href: '/formations/page/3/#passes' },
		]);
	});

	it('gives one empty page for an empty calendar, and no link to an empty part', () => {
		const { pages, starts } = calendarPages({ upcoming: [], toSchedule: [], past: ['p1'] }, '/formations/filtre/webinaire/tous/');
		expect(pages).toEqual([{ number: 1, last: 1, parts: [{ id: 'past', anchor: 'passes', heading: 'Passés', events: ['p1'], continued: false }] }]);
		expect(starts.map((start) => start.href)).toEqual([undefined, undefined, '/formations/filtre/webinaire/tous/#passes']);
		expect(calendarPages({ upcoming: [], toSchedule: [], past: [] }, '/formations/').pages).toEqual([{ number: 1, last: 1, parts: [] }]);
	});
});

describe('calendarPageParams and replayPageCount', () => {
	const event = (kind: string, audience: string[], recording?: string) => ({ kind, audience, recording: recording ? { status: recording } : undefined }) as never;

	it('lists every page to build: the whole calendar and each filtered view, as many pages as its events need', () => {
		const events = [...Array.from({ length: 3 }, () => event('webinaire', ['familles'])), event('formation', ['benevoles'])];
		const params = calendarPageParams(events, 2);
		expect(params.filter(isWholeCalendar).map((page) => page.pageNumber)).toEqual([1, 2]);
		expect(params.filter((page) => page.kind === 'webinaire' && page.audience === 'familles').map((page) => page.pageNumber)).toEqual([1, 2]);
		expect(params.filter((page) => page.kind === 'formation' && page.audience === 'tous').map((page) => page.pageNumber)).toEqual([1]);
		// A view that matches nothing has no page.
		expect(params.some((page) => page.kind === 'formation' && page.audience === 'familles')).toBe(false);
	});

	it('counts the pages of recordings that can be replayed now (at least one page)', () => {
		expect(replayPageCount([])).toBe(1);
		expect(replayPageCount([...Array.from({ length: 21 }, () => event('webinaire', [], 'disponible')), event('webinaire', [], 'à venir')])).toBe(2);
	});
});
