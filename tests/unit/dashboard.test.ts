import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDashboard } from '../../src/dashboard/load';

describe('the dashboard of content/tableau-de-bord', () => {
	const dashboard = loadDashboard()!;
	it('has the six axes of the evaluation framework and their indicators', () => {
		expect(dashboard.axes.map((axis) => axis.number)).toEqual([1, 2, 3, 4, 5, 6]);
		expect(dashboard.axes.map((axis) => axis.indicators.length)).toEqual([3, 6, 4, 3, 8, 3]);
	});
	it('writes targets only where the source sets one', () => {
		const targets = dashboard.axes.flatMap((axis) => axis.indicators.filter((indicator) => indicator.target).map((indicator) => indicator.id));
		expect(targets).toEqual(['taux-participation-restitution', 'participation-instance', 'reunions-copil', 'professionnels-formes', 'reponse-urgence']);
		const restitution = dashboard.axes[0]!.indicators[0]!;
		expect(restitution.target?.text).toContain('70 %');
	});
	it('shows no measured value before the coordinator enters one', () => {
		expect(dashboard.axes.flatMap((axis) => axis.indicators).filter((indicator) => indicator.latest)).toEqual([]);
	});
});

describe('measures entered by the coordinator', () => {
	const dashboard = loadDashboard('tests/fixtures/dashboard')!;
	const [copil, minors, perception] = dashboard.axes[0]!.indicators;
	it('keep their history in date order and show the latest', () => {
		expect(copil!.measures.map((measure) => measure.text)).toEqual(['2', '3']);
		expect(copil!.latest?.period).toBe('mai 2024');
	});
	it('show a small count of minors as « < 5 »', () => {
		expect(minors!.latest?.text).toBe('< 5');
	});
	it('leave an indicator without measure « à renseigner » (no latest value)', () => {
		expect(perception!.latest).toBeUndefined();
	});
	it('may be missing altogether for a territory without a framework yet', () => {
		expect(loadDashboard(mkdtempSync(join(tmpdir(), 'dashboard-')))).toBeUndefined();
	});
	it('may be absent: every indicator is then « à renseigner »', () => {
		const root = mkdtempSync(join(tmpdir(), 'dashboard-'));
		cpSync('tests/fixtures/dashboard/tableau-de-bord/referentiel.yaml', join(root, 'tableau-de-bord/referentiel.yaml'));
		expect(loadDashboard(root)!.axes[0]!.indicators.every((indicator) => !indicator.latest)).toBe(true);
	});
	it('are rejected when they name an unknown indicator or have the wrong kind of value', () => {
		// The bad measures file of the corpus, next to the real framework.
		const root = mkdtempSync(join(tmpdir(), 'dashboard-'));
		cpSync('content/tableau-de-bord/referentiel.yaml', join(root, 'tableau-de-bord/referentiel.yaml'));
		cpSync('tests/fixtures/bad-content/tableau-de-bord/mesures.yaml', join(root, 'tableau-de-bord/mesures.yaml'));
		expect(() => loadDashboard(root)).toThrow(/mesures\.yaml[\s\S]*champ « measures\.0\.indicator » : valeur reçue « reunion-copil » ; attendu : .*vouliez-vous dire « reunions-copil »[\s\S]*champ « measures\.1\.value » : valeur reçue « 4 » ; attendu : une phrase courte/);
	});
});
