import { normaliseQuery, resultCountMessage, resultsPerBatch } from './query';

/** The subset of Pagefind's JavaScript API the dialog uses (pagefind.app/docs/api). */
interface PagefindResult {
	data: () => Promise<{ url: string; excerpt: string; meta: { title?: string } }>;
}
interface Pagefind {
	options: (options: Record<string, unknown>) => Promise<void>;
	init: () => Promise<void>;
	preload: (term: string) => Promise<void>;
	debouncedSearch: (term: string, options?: object, timeout?: number) => Promise<{ results: PagefindResult[] } | null>;
}

/**
 * Wires one search dialog. Pagefind (its script, WebAssembly and index) is fetched only when the
 * dialog opens, never on page load: pages carry no search code until a reader asks for it.
 */
export function installSearchDialog(root: HTMLElement, bundleUrl: string): void {
	const openButton = root.querySelector<HTMLButtonElement>('[data-open-search]')!;
	const dialog = root.querySelector('dialog')!;
	const input = root.querySelector<HTMLInputElement>('input[type="search"]')!;
	const status = root.querySelector<HTMLElement>('[data-search-status]')!;
	const list = root.querySelector<HTMLOListElement>('[data-search-results]')!;
	const more = root.querySelector<HTMLButtonElement>('[data-search-more]')!;
	let pagefind: Promise<Pagefind> | undefined;
	let results: PagefindResult[] = [];
	let shown = 0;

	const loadPagefind = () => {
		pagefind ??= (window as unknown as { hubLoadPagefind: (url: string) => Promise<Pagefind> }).hubLoadPagefind(`${bundleUrl}pagefind.js`).then(async (module) => {
			// No worker: on a small index the worker's own script (about 43 KB) costs more than it saves.
			await module.options({ excerptLength: 20, noWorker: true });
			await module.init();
			return module;
		});
		return pagefind;
	};

	const renderNextBatch = async () => {
		const batch = results.slice(shown, shown + resultsPerBatch);
		shown += batch.length;
		const entries = await Promise.all(batch.map((result) => result.data()));
		for (const entry of entries) {
			const item = document.createElement('li');
			const link = document.createElement('a');
			link.href = entry.url;
			link.textContent = entry.meta.title ?? entry.url;
			const excerpt = document.createElement('p');
			// Pagefind's excerpt is our own page text, escaped, with <mark> around the matches.
			excerpt.innerHTML = entry.excerpt;
			item.append(link, excerpt);
			list.append(item);
		}
		more.hidden = shown >= results.length;
	};

	const runSearch = async () => {
		const query = normaliseQuery(input.value);
		if (query === '') {
			list.replaceChildren();
			status.textContent = '';
			more.hidden = true;
			return;
		}
		const search = await (await loadPagefind()).debouncedSearch(query, {}, 40);
		// null: a newer keystroke superseded this search.
		if (search === null) return;
		results = search.results;
		shown = 0;
		list.replaceChildren();
		await renderNextBatch();
		status.textContent = resultCountMessage(results.length, query);
	};

	const open = () => {
		if (!dialog.open) dialog.showModal();
		input.focus();
		void loadPagefind();
	};
	const close = () => dialog.close();

	openButton.addEventListener('click', open);
	openButton.disabled = false;
	root.querySelector('[data-close-search]')!.addEventListener('click', close);
	input.addEventListener('input', () => void runSearch());
	more.addEventListener('click', () => void renderNextBatch());
	// A click on a result, or outside the dialog's frame, closes it.
	dialog.addEventListener('click', (event) => {
		const target = event.target as HTMLElement;
		if (target === dialog || target.closest('a')) close();
	});
	// Escape closes at once, even from the search field (where it would first only clear the text).
	dialog.addEventListener('keydown', (event) => {
		if (event.key === 'Escape') {
			event.preventDefault();
			close();
		}
	});
	window.addEventListener('keydown', (event) => {
		if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 'k') {
			event.preventDefault();
			if (dialog.open) close();
			else open();
		}
	});
}
