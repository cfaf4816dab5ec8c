import type { Questionnaire } from '../../schemas/questionnaire';
import { isBlank, isShown, listQuestions, sectionProgress, type Answers } from '../answers';
import { exportFileName, toCsv, toJsonExport } from '../export';
import { validateAnswers, type AnswerProblem } from '../validate';
import { readAnswers, writeAnswers } from './dom-answers';
import { downloadFile } from './download';
import { deleteDraft, readDraft, saveDraft } from './draft-storage';

/**
 * The form page's behaviour, added on top of a form that works (and prints) without it:
 * conditional questions, French validation messages, progress by section, exports made in the
 * page, an optional draft in this browser, and « Effacer mes réponses ». Nothing here sends a
 * request: answers only go to the screen, to a downloaded file, or to localStorage on demand.
 */
export function initFormPage(): void {
	const form = document.querySelector<HTMLFormElement>('form#questionnaire');
	const definition = document.getElementById('questionnaire-donnees');
	if (!form || !definition?.textContent) return;
	const questionnaire = JSON.parse(definition.textContent) as Questionnaire;
	const questions = listQuestions(questionnaire);
	const status = document.querySelector<HTMLElement>('[data-form-status]');
	const summary = document.querySelector<HTMLElement>('[data-error-summary]');
	let showErrors = false;

	form.noValidate = true;
	for (const element of document.querySelectorAll<HTMLElement>('[data-needs-js]')) element.hidden = false;
	for (const element of document.querySelectorAll<HTMLElement>('[data-without-js]')) element.hidden = true;

	const say = (message: string) => {
		if (!status) return;
		status.textContent = '';
		// A fresh text node makes screen readers announce the same message twice in a row.
		requestAnimationFrame(() => (status.textContent = message));
	};

	const wrapperOf = (id: string) => document.getElementById(`question-${id}`);

	const applyVisibility = (answers: Answers, announce: boolean) => {
		const appeared: string[] = [];
		for (const { question, number } of questions) {
			const wrapper = wrapperOf(question.id);
			if (!wrapper || !question.showIf) continue;
			const shown = isShown(question, answers, questionnaire);
			if (shown && wrapper.hidden) appeared.push(`${number}. ${question.label}`);
			wrapper.hidden = !shown;
		}
		for (const block of form.querySelectorAll<HTMLElement>('[data-other-for]')) {
			const chosen = form.querySelector<HTMLInputElement>(`input[name="${block.dataset.otherFor}"][value="autre"]`)?.checked ?? false;
			block.hidden = !chosen;
		}
		if (announce && appeared.length > 0) say(`${appeared.length > 1 ? 'Nouvelles questions' : 'Nouvelle question'} : ${appeared.join(' ; ')}`);
	};

	const updateProgress = (answers: Answers) => {
		sectionProgress(questionnaire, answers).forEach((progress, index) => {
			const item = document.querySelector<HTMLElement>(`[data-progress-for="${index}"]`);
			if (!item) return;
			const text = item.querySelector<HTMLElement>('[data-progress-text]');
			const bar = item.querySelector<HTMLProgressElement>('progress');
			if (text) text.textContent = `${progress.answered} sur ${progress.total} ${progress.total > 1 ? 'questions répondues' : 'question répondue'}`;
			if (bar) {
				bar.max = Math.max(progress.total, 1);
				bar.value = progress.answered;
			}
			item.dataset.complete = String(progress.total > 0 && progress.answered === progress.total);
		});
	};

	const clearErrors = () => {
		for (const error of form.querySelectorAll<HTMLElement>('[data-error-for]')) error.textContent = '';
		for (const wrapper of form.querySelectorAll<HTMLElement>('.form-question-has-error')) wrapper.classList.remove('form-question-has-error');
		for (const control of form.querySelectorAll<HTMLElement>('[aria-invalid]')) control.removeAttribute('aria-invalid');
	};

	const showProblems = (problems: AnswerProblem[]) => {
		clearErrors();
		for (const problem of problems) {
			const error = form.querySelector<HTMLElement>(`[data-error-for="${problem.questionId}"]`);
			if (error && !error.textContent) {
				const prefix = document.createElement('span');
				prefix.className = 'sr-only';
				prefix.textContent = 'Erreur : ';
				error.append(prefix, problem.message);
			}
			wrapperOf(problem.questionId)?.classList.add('form-question-has-error');
			for (const control of form.querySelectorAll<HTMLElement>(`[name="${problem.field}"]`)) control.setAttribute('aria-invalid', 'true');
		}
	};

	const renderSummary = (problems: AnswerProblem[]) => {
		if (!summary) return;
		const list = summary.querySelector('ul');
		if (!list) return;
		list.replaceChildren(
			...problems.map((problem) => {
				const item = document.createElement('li');
				const link = document.createElement('a');
				const target = form.querySelector<HTMLElement>(`[name="${problem.field}"]`);
				link.href = `#${target?.id ?? `question-${problem.questionId}`}`;
				link.textContent = `Question ${problem.number} : ${problem.message}`;
				link.addEventListener('click', (event) => {
					event.preventDefault();
					target?.focus();
					target?.scrollIntoView({ block: 'center' });
				});
				item.append(link);
				return item;
			}),
		);
		summary.hidden = problems.length === 0;
	};

	const update = (announce = true) => {
		const answers = readAnswers(form, questionnaire);
		applyVisibility(answers, announce);
		updateProgress(answers);
		form.toggleAttribute('data-filled', !isBlank(answers));
		if (showErrors) {
			const problems = validateAnswers(questionnaire, answers);
			showProblems(problems);
			renderSummary(problems);
		}
		return answers;
	};

	form.addEventListener('input', () => update());
	form.addEventListener('change', () => update());
	form.addEventListener('submit', (event) => {
		event.preventDefault();
		showErrors = true;
		const answers = update(false);
		const problems = validateAnswers(questionnaire, answers);
		if (problems.length > 0) {
			summary?.focus();
			say(`${problems.length} ${problems.length > 1 ? 'réponses à corriger ou à compléter' : 'réponse à corriger ou à compléter'}.`);
		} else {
			say('Toutes les réponses obligatoires sont remplies. Vous pouvez exporter ou imprimer vos réponses.');
		}
	});

	const missingWarning = (answers: Answers) => {
		const missing = validateAnswers(questionnaire, answers).length;
		return missing > 0 ? ` Attention : ${missing} ${missing > 1 ? 'réponses obligatoires manquent ou sont à corriger' : 'réponse obligatoire manque ou est à corriger'}.` : '';
	};

	const actions: Record<string, (button: HTMLButtonElement) => void> = {
		'export-json': () => {
			const answers = update(false);
			const now = new Date();
			downloadFile(exportFileName(questionnaire, 'json', now), `${JSON.stringify(toJsonExport(questionnaire, answers, now), null, 2)}\n`, 'application/json');
			say(`Fichier JSON créé sur votre appareil.${missingWarning(answers)}`);
		},
		'export-csv': () => {
			const answers = update(false);
			// The byte order mark lets spreadsheet software read the accents correctly.
			downloadFile(exportFileName(questionnaire, 'csv', new Date()), `\ufeff${toCsv(questionnaire, [answers])}\n`, 'text/csv;charset=utf-8');
			say(`Fichier CSV créé sur votre appareil.${missingWarning(answers)}`);
		},
		print: () => window.print(),
		'save-draft': () => {
			const saved = saveDraft(questionnaire.id, update(false), new Date());
			say(saved ? 'Brouillon enregistré dans ce navigateur.' : 'Ce navigateur refuse d’enregistrer un brouillon (navigation privée ?). Exportez plutôt vos réponses.');
			showDraftNotice();
		},
		'restore-draft': () => {
			const draft = readDraft(questionnaire.id);
			if (!draft) return;
			writeAnswers(form, draft.answers);
			update(false);
			say('Brouillon repris : vos réponses sont de nouveau dans le formulaire.');
			showDraftNotice();
		},
		'delete-draft': () => {
			deleteDraft(questionnaire.id);
			showDraftNotice();
			say('Brouillon supprimé de ce navigateur.');
		},
		clear: () => {
			const confirm = document.querySelector<HTMLElement>('[data-clear-confirm]');
			if (!confirm) return;
			confirm.hidden = false;
			confirm.querySelector<HTMLButtonElement>('[data-action="clear-confirm"]')?.focus();
		},
		'clear-cancel': () => {
			const confirm = document.querySelector<HTMLElement>('[data-clear-confirm]');
			if (confirm) confirm.hidden = true;
			document.querySelector<HTMLButtonElement>('[data-action="clear"]')?.focus();
		},
		'clear-confirm': () => {
			form.reset();
			deleteDraft(questionnaire.id);
			showErrors = false;
			clearErrors();
			renderSummary([]);
			update(false);
			showDraftNotice();
			const confirm = document.querySelector<HTMLElement>('[data-clear-confirm]');
			if (confirm) confirm.hidden = true;
			document.querySelector<HTMLButtonElement>('[data-action="clear"]')?.focus();
			say('Vos réponses ont été effacées de cette page et de ce navigateur.');
		},
	};

	function showDraftNotice() {
		const notice = document.querySelector<HTMLElement>('[data-draft-notice]');
		if (!notice) return;
		const draft = readDraft(questionnaire.id);
		notice.hidden = !draft;
		const when = notice.querySelector<HTMLElement>('[data-draft-date]');
		if (draft && when) {
			when.textContent = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeStyle: 'short' }).format(new Date(draft.savedAt));
		}
	}

	for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-action]')) {
		const action = actions[button.dataset.action ?? ''];
		if (action) button.addEventListener('click', () => action(button));
	}

	showDraftNotice();
	update(false);
}
