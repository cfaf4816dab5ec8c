import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { stringify } from 'yaml';
import type { ProseGenerator } from './prose';
import type { Random } from './random';

const kinds = ['formation', 'webinaire', 'journee-echange', 'groupe-expression', 'reunion-reseau'] as const;
const audiences = ['professionnel-les', 'referent-es', 'partenaires-reseau', 'benevoles', 'familles'] as const;
const source = [{ title: 'Fixture du banc d’essai : événement généré, sans réalité' }];
const pad = (value: number, size = 2) => String(value).padStart(size, '0');
/** A small poster image, the one the test fixture event uses. */
const posterImage = resolve('tests/fixtures/events/supports/webinaire-fictif/affiche.jpg');

/**
 * `count` synthetic events in `<root>/evenements/`, valid per the event schema: a third dated in
 * the coming year (some with several sessions), a third to be scheduled, a third past with a
 * recording hosted elsewhere (its poster, French captions and transcript written in `<root>/supports/`).
 */
export function generateEvents(root: string, count: number, random: Random, prose: ProseGenerator): void {
	const folder = join(root, 'evenements');
	mkdirSync(folder, { recursive: true });
	for (let index = 1; index <= count; index++) {
		const id = `banc-evenement-${pad(index, 5)}`;
		const flavour = index % 3;
		const month = random.int(1, 12);
		// Up to three consecutive days, all inside the shortest month.
		const day = random.int(1, 26);
		const event: Record<string, unknown> = {
			id,
			title: `${prose.title()} (${index})`,
			kind: random.pick(kinds),
			summary: `${prose.sentence()} ${prose.sentence()}`,
			programme: [prose.title(), prose.title(), prose.title()],
			audience: [random.pick(audiences)],
			trainers: ['Équipe de formation du réseau'],
			durationHours: random.int(2, 14),
			online: true,
			cost: 'Gratuit.',
			registration: { how: 'Inscription auprès du coordinateur ou de la coordinatrice du réseau.' },
			sources: source,
		};
		if (flavour === 0) {
			const year = 2027;
			const sessions = Array.from({ length: random.int(1, 3) }, (_, session) => ({
				start: `${year}-${pad(month)}-${pad(day + session)}T09:00`,
				end: `${year}-${pad(month)}-${pad(day + session)}T12:30`,
			}));
			Object.assign(event, { dates: { sessions }, status: 'prévu' });
		} else if (flavour === 1) {
			Object.assign(event, { dates: { toSchedule: { period: `2027-T${random.int(1, 4)}`, note: 'Période générée pour le banc d’essai.' } }, status: 'prévu' });
		} else {
			const supports = join(root, 'supports', id);
			mkdirSync(supports, { recursive: true });
			// Cue text is WebVTT: « & » and « < » must be escaped.
			const lines = Array.from({ length: 6 }, () => prose.sentence().replace(/&/g, '&amp;').replace(/</g, '&lt;'));
			writeFileSync(join(supports, 'sous-titres.vtt'), `WEBVTT\n\n${lines.map((line, i) => `${pad(Math.floor(i / 6))}:${pad((i * 10) % 60)}:00.000 --> ${pad(Math.floor(i / 6))}:${pad((i * 10) % 60)}:09.000\n${line}`).join('\n\n')}\n`);
			copyFileSync(posterImage, join(supports, 'affiche.jpg'));
			writeFileSync(join(supports, 'transcription.txt'), `${prose.paragraph()}\n\n${prose.paragraph()}\n`);
			Object.assign(event, {
				dates: { sessions: [{ start: `2025-${pad(month)}-${pad(day)}T14:00`, end: `2025-${pad(month)}-${pad(day)}T16:00` }] },
				status: 'terminé',
				recording: {
					status: 'disponible',
					video: { url: `https://video.example.org/${id}.webm`, host: 'la plateforme vidéo d’exemple' },
					poster: `${id}/affiche.jpg`,
					captions: `${id}/sous-titres.vtt`,
					transcript: `${id}/transcription.txt`,
					chapters: [
						{ time: '0:00', title: 'Accueil' },
						{ time: '10:00', title: prose.title() },
					],
				},
			});
		}
		writeFileSync(join(folder, `${id}.yaml`), stringify(event));
	}
}
