import { describe, expect, it } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import { toCsv, toJson, csvColumns } from '../../../src/indicators/export';
import { budget, girls, smallCell, wishToStop } from '../charts/fixtures';

const licence = { title: 'Licence Ouverte 2.0' };

describe('CSV download', () => {
	it('has one row per value with its unit, share, source and period', () => {
		const rows = csvParseRows(toCsv(wishToStop));
		expect(rows[0]).toEqual([...csvColumns]);
		expect(rows).toHaveLength(5);
		expect(rows[1]).toEqual(['volonte', 'Oui', '3', '', 'effectif', '20', '', 'publié', '', 'mars à mai 2023', 'Territoire test', 'Enquête de test']);
		expect(rows[4]!.slice(1, 3)).toEqual(['Total', '15']);
	});
	it('writes decimals with a point and quotes fields that need it', () => {
		const csv = toCsv(budget);
		expect(csv).toContain('budget,Coordination,28962.12,,euros,71,');
	});
	it('gives masked cells a status and no number', () => {
		const rows = csvParseRows(toCsv(smallCell));
		expect(rows[1]!.slice(1, 8)).toEqual(['Moins de 13 ans', '', '', 'effectif', '', '', '< 5']);
		expect(rows[2]!.slice(1, 8)).toEqual(['13 à 15 ans', '', '', 'effectif', '', '', 'masqué']);
		const csv = toCsv(smallCell);
		expect(csv).not.toMatch(/,3,|,9,|,15,|,5,/);
	});
});

describe('JSON download', () => {
	it('carries the source, the licence and the disclosure rule', () => {
		const json = JSON.parse(toJson(smallCell, licence));
		expect(json.source).toEqual({ title: 'Enquête de test' });
		expect(json.licence).toEqual(licence);
		expect(json.disclosure.masked).toBe(2);
		expect(json.values.categories[0].cell).toEqual({ status: 'small', below: 5 });
	});
	it('never contains a masked value', () => {
		expect(toJson(girls, licence)).not.toMatch(/96/);
		expect(toJson(smallCell, licence)).not.toMatch(/\b(3|9)\b/);
	});
});
