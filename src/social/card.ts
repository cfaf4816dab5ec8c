import { renderAsync } from '@resvg/resvg-js';
import satori from 'satori';
import { cardHeight, cardWidth } from './card-size';
import { cardFontFamily, loadCardFonts } from './fonts';

export { cardHeight, cardWidth };

/** What a social card shows. */
export interface SocialCardInput {
	/** Title of the page, the largest text. */
	title: string;
	/** Part of the site the page belongs to (« Repérer », « Partenaires »), above the title; may be empty. */
	section: string;
	/** Name of the site, at the bottom. */
	siteName: string;
}

/** Colours: white and pale orange on dark blue, contrast above 7:1 so the card reads as a small thumbnail. */
const colours = { background: '#14213d', text: '#ffffff', accent: '#ffc98a', muted: '#d6deeb' };

/** Most lines the title may take; a longer title ends with « … ». */
export const maxTitleLines = 4;

/** Font size of the title: large for a short title, smaller for a long one so it stays within four lines. */
export function titleFontSize(title: string): number {
	const length = [...title].length;
	if (length <= 32) return 84;
	if (length <= 60) return 72;
	if (length <= 100) return 60;
	return 52;
}

interface Node {
	type: string;
	props: { style: Record<string, unknown>; children: Node | Node[] | string };
}

const node = (type: string, style: Record<string, unknown>, children: Node['props']['children']): Node => ({ type, props: { style, children } });

/** The card as a satori element tree (plain objects: no JSX, no React). */
export function cardTree({ title, section, siteName }: SocialCardInput): Node {
	// satori sizes boxes without their padding (content-box): the frame is an inner box of fixed size.
	const margin = { top: 64, side: 72, bottom: 56 };
	const width = cardWidth - 2 * margin.side;
	return node('div', { display: 'flex', width: cardWidth, height: cardHeight, backgroundColor: colours.background, color: colours.text, fontFamily: cardFontFamily }, [
		node('div', { display: 'flex', flexDirection: 'column', width, height: cardHeight - margin.top - margin.bottom, margin: `${margin.top}px ${margin.side}px ${margin.bottom}px` }, [
			node('div', { display: 'flex', height: 44, fontSize: 34, fontWeight: 700, color: colours.accent, letterSpacing: 1 }, section),
			node('div', { display: 'flex', flexGrow: 1, alignItems: 'center' }, [
				node('div', { display: 'block', width, fontSize: titleFontSize(title), fontWeight: 700, lineHeight: 1.15, lineClamp: maxTitleLines }, title),
			]),
			node('div', { display: 'flex', borderTop: `4px solid ${colours.accent}`, paddingTop: 22, fontSize: 34, color: colours.muted }, siteName),
		]),
	]);
}

/**
 * Renders the card to SVG with satori. With `embedFont: false` the text stays as `<text>`
 * elements (one per word, with its position), which lets tests check the wrapping.
 */
export async function socialCardSvg(input: SocialCardInput, { embedFont = true } = {}): Promise<string> {
	// satori's types expect React elements; the plain object tree is what it reads at run time.
	return satori(cardTree(input) as unknown as Parameters<typeof satori>[0], { width: cardWidth, height: cardHeight, fonts: loadCardFonts(), embedFont });
}

/**
 * Renders the card to a 1200×630 PNG (satori, then resvg). resvg draws on libuv's thread pool, so
 * while one card is drawn the next one's layout runs on the main thread (see `writeSocialImages`).
 */
export async function renderSocialCard(input: SocialCardInput): Promise<Buffer> {
	const svg = await socialCardSvg(input);
	return (await renderAsync(svg, { fitTo: { mode: 'original' }, font: { loadSystemFonts: false } })).asPng();
}
