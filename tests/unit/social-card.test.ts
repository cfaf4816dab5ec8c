import { describe, expect, it } from 'vitest';
import { cardHeight, cardWidth, maxTitleLines, renderSocialCard, socialCardSvg, titleFontSize } from '../../src/social/card';

const siteName = 'Réseau prostitution des mineurs 63';
const longTitle =
	'Qu’est-ce que le repérage d’un·e mineur·e en situation de prostitution et comment l’hébergement d’urgence s’organise-t-il dans le département quand la famille n’est pas joignable la nuit ou le week-end ?';

/** Words drawn at a given font size, with their box, from satori's SVG without embedded fonts. */
async function words(title: string, fontSize: number) {
	const svg = await socialCardSvg({ title, section: 'Repérer', siteName }, { embedFont: false });
	return [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)" width="([\d.]+)"[^>]*font-size="(\d+)"[^>]*>([^<]*)<\/text>/g)]
		.filter((match) => Number(match[4]) === fontSize && match[5]!.trim() !== '')
		.map(([, x, y, width, , text]) => ({ x: Number(x), y: Number(y), right: Number(x) + Number(width), text: text! }));
}

describe('social card', () => {
	it('is a PNG of 1200 by 630 pixels', async () => {
		const png = await renderSocialCard({ title: 'Repérer les signes', section: 'Repérer', siteName });
		expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]);
		expect([cardWidth, cardHeight]).toEqual([1200, 630]);
	});

	it('shows the title, the section and the site name', async () => {
		const svg = await socialCardSvg({ title: 'Partenaires', section: 'Réseau', siteName }, { embedFont: false });
		for (const text of ['Partenaires', 'Réseau', 'prostitution', 'mineurs', '63']) expect(svg).toContain(`>${text}</text>`);
	});

	it('keeps a short title on one large line', async () => {
		const title = 'Repérer';
		expect(titleFontSize(title)).toBe(84);
		const drawn = await words(title, 84);
		expect(drawn.map((word) => word.text)).toEqual(['Repérer']);
	});

	it('wraps a long title inside the card, at most four lines, ending with an ellipsis', async () => {
		const size = titleFontSize(longTitle);
		expect(size).toBeLessThan(60);
		const drawn = await words(longTitle, size);
		const lines = new Set(drawn.map((word) => word.y));
		expect(lines.size).toBe(maxTitleLines);
		for (const word of drawn) {
			expect(word.x).toBeGreaterThanOrEqual(72);
			expect(word.right).toBeLessThanOrEqual(cardWidth - 72 + 1);
		}
		expect(drawn.at(-1)!.text).toMatch(/…$/);
	});

	it('wraps a title of middle length on two or three lines without cutting it', async () => {
		const title = 'Protéger les mineur·es victimes de prostitution dans le Puy-de-Dôme';
		const drawn = await words(title, titleFontSize(title));
		expect(new Set(drawn.map((word) => word.y)).size).toBeGreaterThanOrEqual(2);
		expect(drawn.map((word) => word.text).join('')).toBe(title.replaceAll(' ', ''));
	});

	it('uses a smaller font as the title grows', () => {
		const sizes = [10, 50, 90, 150].map((length) => titleFontSize('a'.repeat(length)));
		expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
		expect(new Set(sizes).size).toBe(4);
	});
});
