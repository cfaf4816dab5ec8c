import { formatDate } from '../lib/format';
import type { Questionnaire } from '../schemas/questionnaire';

/** « mars 2023 » for `2023-03`, « 29 novembre 2026 » for `2026-11-29`. */
export function formatVersionDate(date: string): string {
	if (/^\d{4}-\d{2}$/.test(date)) {
		return new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(`${date}-15T12:00:00Z`));
	}
	return formatDate(date);
}

/** « Version de travail 0.1 du 29 novembre 2026 » or « Version validée 2023 (mars 2023) ». */
export function statusText(questionnaire: Pick<Questionnaire, 'status'>): string {
	const { stage, version, date } = questionnaire.status;
	const when = formatVersionDate(date);
	return stage === 'validé' ? `Version validée ${version} (${when})` : `Version de travail ${version} du ${when}`;
}

/** The questionnaire as sent to the page script: the definition only, never the file path. */
export function clientDefinition(questionnaire: Questionnaire & { sourceFile?: string }): string {
	const { sourceFile: _ignored, ...definition } = questionnaire;
	// `<` escaped so that no text of the questionnaire can close the <script> element holding it.
	return JSON.stringify(definition).replaceAll('<', '\\u003c');
}
