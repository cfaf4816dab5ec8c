import type { Random } from './random';

/**
 * French prose for the benchmark, from an order-2 Markov chain trained on the site's own pages:
 * realistic vocabulary, accents, elisions and sentence lengths, without copying any sentence.
 */
export class ProseGenerator {
	private readonly chain = new Map<string, string[]>();
	private readonly starts: [string, string][] = [];

	constructor(corpus: string, private readonly random: Random) {
		for (const sentence of corpus.split(/(?<=[.!?])\s+/)) {
			const words = sentence.split(/\s+/).filter(Boolean);
			if (words.length < 6) continue;
			this.starts.push([words[0]!, words[1]!]);
			for (let i = 0; i + 2 < words.length; i++) {
				const key = `${words[i]} ${words[i + 1]}`;
				const next = this.chain.get(key) ?? [];
				next.push(words[i + 2]!);
				this.chain.set(key, next);
			}
		}
		if (this.starts.length === 0) throw new Error('Corpus trop court pour générer du texte : ajoutez des pages à content/pages/.');
	}

	/** One sentence of 8 to 40 words, ending with a full stop. */
	sentence(): string {
		const [first, second] = this.random.pick(this.starts);
		const words = [first, second];
		const length = this.random.int(8, 40);
		while (words.length < length) {
			const next = this.chain.get(`${words.at(-2)} ${words.at(-1)}`);
			if (!next) break;
			words.push(this.random.pick(next));
		}
		const text = words.join(' ').replace(/[,;:]$/, '');
		return /[.!?]$/.test(text) ? text : `${text}.`;
	}

	/** A paragraph of `min` to `max` sentences. */
	paragraph(min = 3, max = 6): string {
		return Array.from({ length: this.random.int(min, max) }, () => this.sentence()).join(' ');
	}

	/** A short title: the first words of a sentence, without final punctuation. */
	title(): string {
		const words = this.sentence().replace(/[.!?,;:«»"()]/g, '').split(' ').slice(0, this.random.int(3, 7));
		const text = words.join(' ');
		return text.charAt(0).toUpperCase() + text.slice(1);
	}
}

/** Plain text of MDX pages: front matter, imports, components and Markdown syntax removed. */
export function corpusFromMdx(sources: string[]): string {
	return sources
		.map((source) =>
			source
				.replace(/^---[\s\S]*?---/, '')
				.replace(/^(import|export) .*$/gm, '')
				.replace(/<[^>]+>/g, ' ')
				.replace(/\{[^}]*\}/g, ' ')
				.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
				.replace(/^[#>|*-]+\s*/gm, '')
				.replace(/[*_`]/g, ''),
		)
		.join('\n');
}
