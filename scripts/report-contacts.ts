/**
 * Maintainers' report: which partners have no sourced contact, and which contacts were checked more
 * than 12 months ago. Also lists partners without a commune (absent from the map). Always exits 0:
 * it informs, it does not block. Run with `npm run report:contacts` (optional: `--today=AAAA-MM-JJ`).
 */
import { reviewContacts } from '../src/partners/contacts';
import { loadPartners } from '../src/partners/load';
import { contactKindLabels } from '../src/partners/contacts';
import { nationalCategory } from '../src/partners/taxonomy';

const todayArgument = process.argv.find((argument) => argument.startsWith('--today='))?.slice('--today='.length);
const today = todayArgument ?? new Date().toISOString().slice(0, 10);
const maxMonths = 12;

const partners = loadPartners();
const reviews = reviewContacts(partners, today, maxMonths);
const missing = reviews.filter((review) => review.missing);
const stale = reviews.filter((review) => review.stale.length > 0);
const noCommune = reviews.filter((review) => review.noCommune && partners.find((partner) => partner.id === review.id)?.category !== nationalCategory);

const lines: string[] = [`Rapport des coordonnées des partenaires au ${today} (${partners.length} partenaires)`, ''];
lines.push(`Sans aucune coordonnée sourcée (${missing.length}) : la fiche affiche « coordonnées à confirmer ».`);
for (const review of missing) lines.push(`  - ${review.id} — ${review.name} (${review.sourceFile ?? ''})`);
lines.push('', `Coordonnées vérifiées il y a plus de ${maxMonths} mois (${stale.length}) :`);
for (const review of stale) {
	for (const contact of review.stale) lines.push(`  - ${review.id} — ${contactKindLabels[contact.kind]} vérifié le ${contact.checkedOn} (${review.sourceFile ?? ''})`);
}
lines.push('', `Partenaires locaux sans commune, absents de la carte (${noCommune.length}) :`);
for (const review of noCommune) lines.push(`  - ${review.id} — ${review.name}`);
lines.push(
	'',
	`Résumé : ${missing.length} sans coordonnées, ${stale.length} à revérifier, ${noCommune.length} sans commune, sur ${partners.length} partenaires.`,
	'Pour corriger : ajoutez ou revérifiez chaque coordonnée dans content/partenaires/<id>.yaml avec sa source et la date du jour (checkedOn).',
);
console.log(lines.join('\n'));
