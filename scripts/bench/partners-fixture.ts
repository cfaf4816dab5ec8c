import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { PartnerInput } from '../../src/schemas/partner';
import { audienceIds, nationalCategory, type CategoryId, type NeedId } from '../../src/partners/taxonomy';
import type { Random } from './random';

/** A commune as the territory's commune file gives it. */
interface FixtureCommune {
	code: string;
	nom: string;
	population?: number;
}

/** What every synthetic entry says about itself: the fixture is fiction, never real data. */
const syntheticSource = { title: 'Données synthétiques du banc d’essai : partenaire fictif généré, sans lien avec une structure réelle' };

/** Kinds of structure per category, each with the needs it usually answers. */
const kinds: Record<CategoryId, { weight: number; names: string[]; needs: NeedId[] }> = {
	'accueil-hebergement': {
		weight: 24,
		names: ['Maison d’enfants à caractère social', 'Foyer éducatif', 'Service d’accueil familial', 'Lieu de vie et d’accueil', 'Service éducatif en milieu ouvert'],
		needs: ['mise-a-l-abri', 'ecoute-soutien', 'protection-justice', 'insertion-scolarite'],
	},
	sante: {
		weight: 20,
		names: ['Centre médico-psychologique', 'Centre de santé sexuelle', 'Maison de santé', 'Point accueil écoute jeunes', 'Équipe mobile de pédopsychiatrie'],
		needs: ['sante', 'ecoute-soutien', 'prevention', 'aide-aux-victimes'],
	},
	'associations-insertion': {
		weight: 20,
		names: ['Association d’aide aux victimes', 'Foyer de jeunes travailleurs', 'Mission locale', 'Association de prévention spécialisée', 'Point information jeunesse'],
		needs: ['aide-aux-victimes', 'sortie-prostitution', 'insertion-scolarite', 'mise-a-l-abri', 'prevention'],
	},
	'police-justice': {
		weight: 8,
		names: ['Brigade de gendarmerie', 'Commissariat', 'Unité éducative de milieu ouvert', 'Point justice'],
		needs: ['protection-justice', 'aide-aux-victimes'],
	},
	'education-nationale': {
		weight: 15,
		names: ['Collège', 'Lycée', 'Lycée professionnel', 'Centre d’information et d’orientation'],
		needs: ['prevention', 'insertion-scolarite', 'ecoute-soutien'],
	},
	'autres-institutions': {
		weight: 10,
		names: ['Maison des solidarités', 'Centre communal d’action sociale', 'Espace France services', 'Relais petite enfance'],
		needs: ['coordination', 'ecoute-soutien', 'formation'],
	},
	'ressources-nationales': {
		weight: 3,
		names: ['Ligne d’écoute nationale', 'Réseau national d’associations', 'Centre national de ressources'],
		needs: ['ecoute-soutien', 'formation', 'aide-aux-victimes', 'sortie-prostitution'],
	},
};

const actions = [
	'Recevoir les jeunes et leurs proches sans rendez-vous une fois par semaine.',
	'Participer aux réunions mensuelles du réseau et à ses réunions d’urgence.',
	'Orienter vers un partenaire spécialisé après une première évaluation.',
	'Animer des actions de prévention auprès des adolescent·es.',
	'Former ses équipes au repérage des signes d’alerte.',
];
const referents = ['chef·fe de service', 'coordinateur·rice', 'responsable de l’accueil', 'infirmier·e référent·e'];
const pickDistinct = <T>(random: Random, list: readonly T[], count: number): T[] => {
	const pool = [...list];
	const picked: T[] = [];
	while (picked.length < count && pool.length > 0) picked.push(pool.splice(random.int(0, pool.length - 1), 1)[0]!);
	return picked;
};

/** The communes of the content root's territory (the file named by `territoire/territoire.yaml`). */
function readCommunes(root: string): FixtureCommune[] {
	const settingsFile = join(root, 'territoire/territoire.yaml');
	const settings = parse(readFileSync(settingsFile, 'utf8')) as { geo: { communes: string } };
	return JSON.parse(readFileSync(join(dirname(settingsFile), settings.geo.communes), 'utf8')) as FixtureCommune[];
}

/** Picks a commune: half of the time in proportion to population (towns hold more services), otherwise any. */
function communePicker(communes: readonly FixtureCommune[], random: Random): () => FixtureCommune {
	const cumulative: number[] = [];
	let total = 0;
	for (const commune of communes) cumulative.push((total += Math.max(1, commune.population ?? 1)));
	return () => {
		if (random.chance(0.5)) return random.pick(communes);
		const target = random.int(0, total - 1);
		let low = 0;
		let high = cumulative.length - 1;
		while (low < high) {
			const middle = (low + high) >> 1;
			if (cumulative[middle]! > target) high = middle;
			else low = middle + 1;
		}
		return communes[low]!;
	};
}

/** One synthetic partner, valid for the real schema (`src/schemas/partner.ts`). */
function syntheticPartner(index: number, random: Random, pickCommune: () => FixtureCommune): PartnerInput {
	const categoryIds = Object.keys(kinds) as CategoryId[];
	const weights = categoryIds.map((id) => kinds[id].weight);
	let draw = random.int(1, weights.reduce((sum, weight) => sum + weight, 0));
	const category = categoryIds.find((_, position) => (draw -= weights[position]!) <= 0)!;
	const kind = kinds[category];
	const national = category === nationalCategory;
	// One local partner in twenty has no known commune (« commune à confirmer »).
	const commune = national || random.chance(0.05) ? undefined : pickCommune();
	const number = String(index + 1).padStart(5, '0');
	const kindName = random.pick(kind.names);
	const name = commune ? `${kindName} de ${commune.nom} (n° ${number})` : `${kindName} (n° ${number})`;
	const needs = pickDistinct(random, kind.needs, random.int(1, 3));
	const audiences = pickDistinct(random, audienceIds, random.int(1, 3));
	const place = commune ? `à ${commune.nom}` : national ? 'pour toute la France' : 'dans le département';
	const hasContacts = random.chance(0.6);
	const host = `partenaire-${number}.example.org`;
	const checkedOn = `202${random.int(5, 6)}-${String(random.int(1, 12)).padStart(2, '0')}-${String(random.int(1, 28)).padStart(2, '0')}`;
	const contact = { source: syntheticSource, checkedOn };
	return {
		id: `synthetique-${number}`,
		name,
		category,
		description:
			`Structure fictive créée pour le banc d’essai : ce ${kindName.toLowerCase()} ${place} accueille et conseille sur rendez-vous. ` +
			`Son équipe oriente vers les autres partenaires du réseau et participe aux temps d’échange sur les situations de jeunes en danger.`,
		actions: pickDistinct(random, actions, random.int(0, 3)),
		needs,
		audiences,
		...(random.chance(0.3) ? { ages: { from: random.int(11, 15), to: random.int(16, 21) } } : {}),
		...(commune ? { commune: commune.code } : {}),
		area: commune ? `${commune.nom} et ses environs` : national ? 'France entière' : 'tout le département',
		contacts: hasContacts
			? [
					{ kind: 'site', value: `https://${host}/`, ...contact },
					{ kind: 'courriel', value: `accueil@${host}`, ...contact },
					...(random.chance(0.5) ? [{ kind: 'horaires' as const, value: 'du lundi au vendredi, de 9 h à 17 h', ...contact }] : []),
				]
			: [],
		...(random.chance(0.4) ? { referent: random.pick(referents) } : {}),
		sources: [syntheticSource],
		checkedOn,
	};
}

/**
 * Writes `count` synthetic partners into `root/partenaires/` (`synthetique-00001.yaml`...), next to
 * the partners already there. Deterministic for a given `random`; spread over the territory's
 * communes (half in proportion to population), one in twenty without commune, a few national
 * resources. Contacts use `example.org` (reserved for examples) and every source says the entry is
 * synthetic: nothing here can be mistaken for a real structure's contact.
 */
export function generatePartners(root: string, count: number, random: Random): void {
	const folder = join(root, 'partenaires');
	mkdirSync(folder, { recursive: true });
	const pickCommune = communePicker(readCommunes(root), random);
	for (let index = 0; index < count; index++) {
		const partner = syntheticPartner(index, random, pickCommune);
		writeFileSync(join(folder, `${partner.id}.yaml`), stringify(partner, { lineWidth: 0 }));
	}
}
