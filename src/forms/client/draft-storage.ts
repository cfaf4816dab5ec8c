import type { Answers } from '../answers';

/** A draft saved at the user's request, in this browser only. */
export interface Draft {
	savedAt: string;
	answers: Answers;
}

/** The key of a questionnaire's draft in `localStorage` (nothing else is ever stored). */
export function draftKey(questionnaireId: string): string {
	return `brouillon-outil:${questionnaireId}`;
}

export function readDraft(questionnaireId: string): Draft | undefined {
	try {
		const text = localStorage.getItem(draftKey(questionnaireId));
		if (!text) return undefined;
		const draft = JSON.parse(text) as Draft;
		return typeof draft.savedAt === 'string' && typeof draft.answers === 'object' ? draft : undefined;
	} catch {
		return undefined;
	}
}

/** Saves the draft; returns false when the browser refuses (private browsing, storage full). */
export function saveDraft(questionnaireId: string, answers: Answers, now: Date): boolean {
	try {
		localStorage.setItem(draftKey(questionnaireId), JSON.stringify({ savedAt: now.toISOString(), answers } satisfies Draft));
		return true;
	} catch {
		return false;
	}
}

export function deleteDraft(questionnaireId: string): void {
	try {
		localStorage.removeItem(draftKey(questionnaireId));
		sessionStorage.removeItem(draftKey(questionnaireId));
	} catch {
		// Storage unavailable: there is nothing to delete.
	}
}
