import { describe, expect, it } from 'vitest';
import { loadIndicators } from '../../../src/indicators/load';
import { ContentError } from '../../../src/schemas/friendly-errors';

/** Loads the bad fixtures once: every file must be reported, each with its field and value. */
function problems(): string {
	try {
		loadIndicators('tests/fixtures/bad-content');
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		return (error as ContentError).message;
	}
	throw new Error('the bad fixtures were accepted');
}

const message = problems();
const fileBlock = (name: string) => {
	const start = message.indexOf(`Fichier tests/fixtures/bad-content/indicateurs/${name}`);
	expect(start, `${name} is not reported`).toBeGreaterThanOrEqual(0);
	const end = message.indexOf('\nFichier ', start + 1);
	return message.slice(start, end === -1 ? undefined : end);
};

describe('bad indicator datasets fail the build, naming file, field and value', () => {
	it('a share above 100 %', () => {
		expect(fileBlock('share-above-100.yaml')).toContain('champ « values.value » : valeur reçue « 104 » ; attendu : une part entre 0 et 100');
	});
	it('parts that do not add up to their total', () => {
		expect(fileBlock('parts-not-total.yaml')).toContain('champ « values.total » : valeur reçue « 15 » ; attendu : la somme des parties : elles font 14, pas 15');
	});
	it('an unknown unit', () => {
		expect(fileBlock('unknown-unit.yaml')).toMatch(/champ « unit » : valeur reçue « personnes » ; attendu : une unité de la liste : count, share/);
	});
	it('a sensitive dataset without population', () => {
		expect(fileBlock('sensitive-without-population.yaml')).toContain('champ « population » : valeur reçue (rien : le champ est absent) ; attendu : obligatoire quand sensitive: true');
	});
	it('a dataset without source', () => {
		expect(fileBlock('without-source.yaml')).toContain('champ « source » : valeur reçue (rien : le champ est absent) ; attendu : la source du chiffre');
	});
	it('a disclosure threshold below 5', () => {
		expect(fileBlock('threshold-below-5.yaml')).toContain('champ « disclosure.threshold » : valeur reçue « 3 » ; attendu : un seuil d’au moins 5');
	});
	it('a masked value quoted in the method', () => {
		expect(fileBlock('masked-value-in-method.yaml')).toMatch(/champ « method » : valeur reçue « La source écrit que plus de 96 % sont des filles. » ; attendu : aucun chiffre masqué .* « 96 » y apparaît/);
	});
	it('reports every bad file, not only the first', () => {
		expect(message).toMatch(/\(7 problèmes\)/);
	});
});
