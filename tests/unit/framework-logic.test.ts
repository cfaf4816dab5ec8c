import { describe, expect, it } from 'vitest';
import { financingByYear, sumEuros } from '../../src/budget/financing';
import { comparePartialDates, formatPartialDate } from '../../src/lib/partial-date';
import { monthEndExclusive, monthStart, roadmapToGantt } from '../../src/roadmap/to-gantt';
import { formatAuthors, groupReferences, showsYear } from '../../src/references/group';
import { groupTimelineByYear } from '../../src/timeline/timeline';
import type { BudgetFile } from '../../src/schemas/budget';
import type { Reference } from '../../src/schemas/reference';
import type { RoadmapFile } from '../../src/schemas/roadmap';
import type { TimelineEvent } from '../../src/schemas/timeline';

describe('partial dates', () => {
	it('are written in French as precisely as they are known', () => {
		expect(formatPartialDate('1960')).toBe('1960');
		expect(formatPartialDate('2021-11')).toBe('novembre 2021');
		expect(formatPartialDate('2002-03-04')).toBe('4 mars 2002');
		expect(formatPartialDate('1985-01-01')).toBe('1er janvier 1985');
	});

	it('put a year before the dated events of that year', () => {
		expect(['2016-04-13', '2016', '2015-12'].sort(comparePartialDates)).toEqual(['2015-12', '2016', '2016-04-13']);
	});
});

describe('groupTimelineByYear', () => {
	const event = (date: string, title: string): TimelineEvent => ({ date, title, kind: 'loi', summary: 'Résumé de test assez long.', source: { title: 'Test' } });

	it('sorts events chronologically and groups them by year whatever the file order', () => {
		const years = groupTimelineByYear([event('2016-04-13', 'b'), event('1908-04-11', 'a'), event('2016-03-14', 'c'), event('2016-04-13', 'd')]);
		expect(years.map((year) => [year.year, year.events.map((e) => e.title)])).toEqual([
			[1908, ['a']],
			[2016, ['c', 'b', 'd']],
		]);
	});
});

describe('roadmapToGantt', () => {
	const roadmap: RoadmapFile = {
		title: 'Test',
		source: { title: 'Test' },
		phases: [
			{
				id: 'court-terme',
				label: 'Court terme',
				start: '2023-04',
				end: '2023-09',
				objectives: [
					{ label: 'Sans dates propres', actions: [] },
					{ label: 'Avec dates propres', actions: [], start: '2023-06', end: '2023-07' },
				],
			},
		],
	};

	it('makes each month an inclusive range, December included', () => {
		expect(monthStart('2023-04').toISOString()).toBe('2023-04-01T00:00:00.000Z');
		expect(monthEndExclusive('2023-12').toISOString()).toBe('2024-01-01T00:00:00.000Z');
	});

	it('gives an objective without dates the dates of its phase', () => {
		const [group] = roadmapToGantt(roadmap);
		expect(group?.tasks.map((task) => [task.start.toISOString().slice(0, 7), task.end.toISOString().slice(0, 7)])).toEqual([
			['2023-04', '2023-10'],
			['2023-06', '2023-08'],
		]);
	});
});

describe('financingByYear', () => {
	const budget: BudgetFile = {
		source: { title: 'Test' },
		expenses: [{ id: 'a', label: 'A', amount: 40962.12 }],
		statedTotal: 40962.12,
		years: [
			{ year: 2023, period: 'avril à décembre', budget: 20481.06 },
			{ year: 2024, period: 'année pleine', budget: 40962.12 },
		],
		funders: [
			{ id: 'cd', label: 'Conseil départemental', amounts: { '2023': 10240.83, '2024': 20481.06 } },
			{ id: 'etat', label: 'État', amounts: { '2023': 10240.83, '2024': 20481.06 } },
		],
	};

	it('adds money in cents, without floating-point drift', () => {
		expect(sumEuros([0.1, 0.2])).toBe(0.3);
		expect(sumEuros([10240.83, 10240.83])).toBe(20481.66);
	});

	it('shows the gap between what is requested and the budget of the year', () => {
		const [y2023, y2024] = financingByYear(budget);
		expect(y2023).toMatchObject({ year: 2023, funded: 20481.66, gap: 0.6 });
		expect(y2024).toMatchObject({ year: 2024, funded: 40962.12, gap: 0 });
	});

	it('counts a funder that gives nothing in a year as zero', () => {
		const [first] = financingByYear({ ...budget, funders: [{ id: 'etat', label: 'État', amounts: { '2024': 1 } }] });
		expect(first?.shares).toEqual([{ funderId: 'etat', label: 'État', amount: 0 }]);
		expect(first?.gap).toBe(-20481.06);
	});
});

describe('groupReferences', () => {
	const reference = (id: string, type: Reference['type'], authors: string[], year?: number): Reference => ({ id, type, authors, title: `Titre ${id}`, ...(year ? { year } : {}) });

	it('follows the order of the closed list of types and sorts each group by author then year', () => {
		const groups = groupReferences([
			reference('site', 'site', ['Zeta']),
			reference('b', 'ouvrage', ['Lavaud-Legendre, B.'], 2022),
			reference('a', 'ouvrage', ['Alföldi, F.'], 2020),
			reference('c', 'ouvrage', ['Lavaud-Legendre, B.'], 2016),
			reference('loi', 'texte-officiel', []),
		]);
		expect(groups.map((group) => [group.heading, group.references.map((r) => r.id)])).toEqual([
			['Ouvrages', ['a', 'c', 'b']],
			['Lois et décrets', ['loi']],
			['Sites internet', ['site']],
		]);
	});

	it('orders legal texts by date, not by title', () => {
		const [laws] = groupReferences([
			{ ...reference('decret', 'texte-officiel', [], 2016), title: 'Décret n° 2016-1813 du 21 décembre 2016', date: '2016-12-21' },
			{ ...reference('loi-2016', 'texte-officiel', [], 2016), title: 'Loi n° 2016-297 du 14 mars 2016', date: '2016-03-14' },
			{ ...reference('loi-1908', 'texte-officiel', [], 1908), title: 'Loi du 11 avril 1908' },
		]);
		expect(laws?.references.map((r) => r.id)).toEqual(['loi-1908', 'loi-2016', 'decret']);
	});

	it('does not repeat a year the title already gives', () => {
		expect(showsYear({ ...reference('loi', 'texte-officiel', [], 2002), title: 'Loi du 4 mars 2002' })).toBe(false);
		expect(showsYear(reference('livre', 'ouvrage', ['Cyr, M.'], 2019))).toBe(true);
		expect(showsYear(reference('site', 'site', []))).toBe(true);
	});

	it('joins authors as French bibliographies do', () => {
		expect(formatAuthors([])).toBe('');
		expect(formatAuthors(['Cyr, M.'])).toBe('Cyr, M.');
		expect(formatAuthors(['Bos, S.', 'Théry, G.', 'X, Y.'])).toBe('Bos, S. ; Théry, G. et X, Y.');
	});
});
