import { describe, expect, it } from 'vitest';
import { describeIndicator, headline } from '../../../src/indicators/describe';
import { atLeast, budget, girls, runaways, wishToStop } from '../charts/fixtures';

const spaces = (text: string) => text.replace(/[\u202f\u00a0]/g, ' ');

describe('sentences generated from the data', () => {
	it('list every category with its value and share, and the total', () => {
		expect(spaces(describeIndicator(wishToStop))).toBe('Volonté d’arrêter (Territoire test, mars à mai 2023). Oui : 3 (20 %) ; Non : 5 (33 %) ; Ne sait pas : 7 (47 %). Total : 15.');
	});
	it('follow a series in time', () => {
		expect(spaces(describeIndicator(runaways))).toBe('Journées de fugue (Territoire test) : 25 jours en 2020, puis 95 jours en 2021.');
	});
	it('read a qualified figure', () => {
		expect(describeIndicator(atLeast)).toBe('Au moins 25 mineur·es identifié·es sur trois ans — Territoire test, mars à mai 2023.');
	});
	it('say that a figure is masked, without its value', () => {
		const sentence = describeIndicator(girls);
		expect(sentence).toBe('Part des filles : masqué (valeur masquée : elle permettrait de compter un très petit nombre de personnes) — Territoire test, mars à mai 2023.');
	});
});

describe('key figure headline', () => {
	it('gives an amount’s total, and nothing for a masked figure’s value', () => {
		expect(spaces(headline(budget)!.value)).toBe('40 962,12 €');
		expect(headline(wishToStop)).toMatchObject({ value: '20\u202f%', label: 'Volonté d’arrêter : « Oui »' });
		expect(headline(girls)?.value).toBe('masqué');
	});
});
