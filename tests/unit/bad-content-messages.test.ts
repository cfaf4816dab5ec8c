import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'astro/zod';
import { checkPages } from '../../src/content-loading/check-pages';
import { loadDataFile } from '../../src/content-loading/load-data';
import { EmergencyFileSchema } from '../../src/schemas/emergency';
import { ContentError, type ContentProblem } from '../../src/schemas/friendly-errors';
import { TerritorySchema } from '../../src/schemas/territory';

/**
 * The bad-content corpus (tests/fixtures/bad-content/, run whole by bad-content-corpus.test.ts)
 * checked here for the full message a coordinator reads: file, field, value received and what is
 * expected, in French.
 */
const fixtures = 'tests/fixtures/bad-content';

/** The French message thrown when loading a bad fixture (fails the test if it loads). */
function rejection(folder: string, file: string, schema: z.ZodType): string {
	try {
		loadDataFile(file, schema, `${fixtures}/${folder}`);
	} catch (error) {
		expect(error).toBeInstanceOf(ContentError);
		return (error as Error).message;
	}
	throw new Error(`${folder}/${file} a été accepté alors qu’il est invalide`);
}

/** Each case: file, then the line naming field, value received and what is expected. */
const territoryCases: [file: string, line: string][] = [
	['territoire.yaml', 'champ « siteUrl » : valeur reçue « pas-une-adresse » ; attendu : l’adresse publique du site, par exemple https://'],
	['pilote-absent.yaml', 'champ « pilot » : valeur reçue (rien : le champ est absent) ; attendu : l’organisme pilote : « name » (nom complet) et « shortName »'],
	['code-invalide.yaml', 'champ « code » : valeur reçue « Territoire » ; attendu : le code du département, par exemple « 63 »'],
	['champ-inconnu.yaml', 'fichier entier : valeur reçue « titreDuSite » ; attendu : aucun champ inconnu : retirez « titreDuSite » ou corrigez son orthographe'],
];

const emergencyCases: [file: string, line: string][] = [
	['numero-avec-espaces.yaml', 'champ « numbers.0.number » : valeur reçue « 11 9 » ; attendu : le numéro tel qu’on le compose, chiffres seulement'],
	['canal-inconnu.yaml', 'champ « numbers.0.channel » : valeur reçue « courriel » ; attendu : une de ces valeurs : « appel », « sms »'],
	['source-absente.yaml', 'champ « numbers.0.source » : valeur reçue (rien : le champ est absent) ; attendu : la source : au moins « title »'],
	['date-mal-ecrite.yaml', 'champ « numbers.0.source.checkedOn » : valeur reçue « 29/11/2026 » ; attendu : une date au format AAAA-MM-JJ'],
	['yaml-illisible.yaml', 'fichier entier : valeur reçue un fichier illisible (ligne 5, colonne 1) ; attendu : un fichier YAML valide'],
];

describe('bad territory files are rejected in French', () => {
	it.each(territoryCases)('%s', (file, line) => {
		const message = rejection('territoire', file, TerritorySchema);
		expect(message).toContain(`Fichier ${fixtures}/territoire/${file}`);
		expect(message).toContain(line);
	});

	it('names a required field that is missing', () => {
		expect(rejection('territoire', 'champ-inconnu.yaml', TerritorySchema)).toContain('champ « siteTitle » : valeur reçue (rien : le champ est absent) ; attendu : un texte (champ obligatoire : ajoutez-le)');
	});
});

describe('bad emergency files are rejected in French', () => {
	it.each(emergencyCases)('%s', (file, line) => {
		const message = rejection('urgences', file, EmergencyFileSchema);
		expect(message).toContain(`Fichier ${fixtures}/urgences/${file}`);
		expect(message).toContain(line);
	});
});

describe('bad page headers are rejected in French', () => {
	/** Problems found by the page check in a folder holding only this fixture. */
	function problems(file: string): ContentProblem[] {
		const folder = mkdtempSync(join(tmpdir(), 'page-header-'));
		try {
			copyFileSync(`${fixtures}/pages/${file}`, join(folder, file));
			return checkPages(folder);
		} finally {
			rmSync(folder, { recursive: true, force: true });
		}
	}

	it('names a missing title and what to write', () => {
		expect(problems('titre-absent.mdx')).toEqual([expect.objectContaining({ field: 'title', received: '(rien : le champ est absent)', expected: 'le titre de la page (un texte non vide)' })]);
	});

	it('names a title written as a list, with the value received', () => {
		expect(problems('titre-liste.mdx')).toEqual([expect.objectContaining({ field: 'title', received: '« ["Repérer","les signes"] »', expected: 'le titre de la page (un texte non vide)' })]);
	});

	it('names a missing description', () => {
		expect(problems('missing-description.mdx')).toEqual([expect.objectContaining({ field: 'description', received: '(rien : le champ est absent)' })]);
	});

	it('names an unreadable header', () => {
		expect(problems('broken-front-matter.mdx')).toEqual([expect.objectContaining({ field: 'en-tête', received: 'un en-tête YAML illisible', expected: expect.stringMatching(/^un en-tête YAML valide/) })]);
	});
});
