import { describe, expect, it } from 'vitest';
import { describeGantt, describePeriod, escapeXml, renderGantt, wrapLabel, type GanttGroup } from '../../src/charts/gantt';
import { normaliseSvg } from '../helpers/normalise-svg';

const utc = (year: number, month: number) => new Date(Date.UTC(year, month - 1, 1));

const groups: GanttGroup[] = [
	{
		id: 'court',
		label: 'Court terme',
		start: utc(2023, 4),
		end: utc(2023, 10),
		tasks: [
			{ label: 'Mettre en place un comité de pilotage stratégique interne au centre', start: utc(2023, 4), end: utc(2023, 10) },
			{ label: 'Recruter la coordination <projet> & "réseau"', start: utc(2023, 6), end: utc(2023, 8) },
		],
	},
	{
		id: 'long',
		label: 'Long terme',
		start: utc(2024, 9),
		end: utc(2025, 10),
		tasks: [{ label: 'Évaluer', start: utc(2024, 9), end: utc(2025, 10) }],
	},
];

const render = () => renderGantt(groups, { id: 'test', title: 'Rétroplanning de test' });

describe('renderGantt', () => {
	it('draws one bar per phase and one per task', () => {
		const svg = render();
		expect(svg.match(/<rect class="gantt-bar gantt-bar--group"/g)).toHaveLength(2);
		expect(svg.match(/<rect class="gantt-bar gantt-bar--task"/g)).toHaveLength(3);
	});

	it('is an image named by its title and described by a text generated from the data', () => {
		const svg = render();
		expect(svg).toMatch(/^<svg [^>]*role="img"[^>]*aria-labelledby="test-titre test-description"/);
		expect(svg).toContain('<title id="test-titre">Rétroplanning de test</title>');
		expect(svg).toContain(`<desc id="test-description">2 phases d'avril 2023 à septembre 2025.`);
		expect(svg).toContain('Court terme, d\'avril 2023 à septembre 2023 : 2 objectifs');
		expect(svg).toContain('Long terme, de septembre 2024 à septembre 2025 : 1 objectif.');
	});

	it('writes every phase and task label, escaped', () => {
		const svg = render();
		expect(svg).toContain('>Court terme</tspan>');
		expect(svg).toContain('>Long terme</tspan>');
		expect(svg).toContain('Recruter la coordination &lt;projet&gt; &amp; &quot;réseau&quot;');
		expect(svg).not.toContain('<projet>');
	});

	it('places bars by date: later starts are further right and lengths follow durations', () => {
		const svg = render();
		const bars = [...svg.matchAll(/<rect class="gantt-bar[^"]*" x="([\d.]+)" y="[\d.]+" width="([\d.]+)"[^>]*data-start="([\d-]+)" data-end="([\d-]+)"/g)].map(
			([, x, width, start, end]) => ({ x: Number(x), width: Number(width), start, end }),
		);
		expect(bars.map((bar) => [bar.start, bar.end])).toEqual([
			['2023-04-01', '2023-10-01'],
			['2023-04-01', '2023-10-01'],
			['2023-06-01', '2023-08-01'],
			['2024-09-01', '2025-10-01'],
			['2024-09-01', '2025-10-01'],
		]);
		const [phase, , recruit, longPhase] = bars as [typeof bars[0], typeof bars[0], typeof bars[0], typeof bars[0]];
		expect(phase.x).toBe(270);
		expect(recruit.x).toBeGreaterThan(phase.x);
		expect(longPhase.x + longPhase.width).toBeCloseTo(720 - 16, 1);
		// 2 months against 6 months
		expect(recruit.width / phase.width).toBeCloseTo(61 / 183, 1);
	});

	it('labels quarterly ticks in French with the year on the first tick and in January', () => {
		const svg = render();
		expect(svg).toMatch(/>avr\.<tspan[^>]*>2023<\/tspan><\/text>/);
		expect(svg).toMatch(/>janv\.<tspan[^>]*>2024<\/tspan><\/text>/);
		expect(svg).toMatch(/>juil\.<\/text>/);
	});

	it('matches the normalised snapshot', async () => {
		await expect(normaliseSvg(render())).toMatchFileSnapshot('__snapshots__/gantt.svg');
	});
});

describe('gantt helpers', () => {
	it('elides « de » before a vowel in French periods', () => {
		expect(describePeriod({ label: '', start: utc(2023, 4), end: utc(2023, 10) })).toBe("d'avril 2023 à septembre 2023");
		expect(describePeriod({ label: '', start: utc(2023, 8), end: utc(2023, 9) })).toBe("d'août 2023 à août 2023");
		expect(describePeriod({ label: '', start: utc(2023, 9), end: utc(2024, 10) })).toBe('de septembre 2023 à septembre 2024');
	});

	it('says there is nothing to show for an empty chart', () => {
		expect(describeGantt([])).toBe('Aucune phase à afficher.');
	});

	it('wraps labels at spaces without exceeding the line length', () => {
		const lines = wrapLabel('Identifier un référent dans chaque établissement de protection de l’enfance', 20);
		expect(lines.join(' ')).toBe('Identifier un référent dans chaque établissement de protection de l’enfance');
		for (const line of lines) expect(line.length).toBeLessThanOrEqual(20);
	});

	it('escapes the characters that would break the SVG markup', () => {
		expect(escapeXml(`<a href="x">&</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;');
	});
});
