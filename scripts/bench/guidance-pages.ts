import type { ProseGenerator } from './prose';
import type { Random } from './random';

/** A generated guidance page: its path under `pages/` and its Markdown. */
export interface GeneratedPage {
	path: string;
	markdown: string;
}

const slugify = (text: string) =>
	text
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '')
		.slice(0, 50);

const yamlString = (text: string) => JSON.stringify(text);

/** A sentence cut to `max` characters at a word boundary (a cut word could read as an unknown acronym). */
const shortened = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, text.lastIndexOf(' ', max))}…`);

/**
 * `count` guidance pages in `sectionCount` folders, plain Markdown usable by any Starlight site:
 * headings, paragraphs, lists, tables and links between pages, plus one index page per folder
 * that lists its pages.
 */
export function generateGuidancePages(count: number, sectionCount: number, prose: ProseGenerator, random: Random): GeneratedPage[] {
	const slugs: string[][] = Array.from({ length: sectionCount }, () => []);
	const titles = new Map<string, string>();
	for (let i = 0; i < count; i++) {
		const section = `guide-${String((i % sectionCount) + 1).padStart(2, '0')}`;
		const title = `${prose.title()} (${i + 1})`;
		const slug = `${section}/${slugify(title)}-${i + 1}`;
		slugs[i % sectionCount]!.push(slug);
		titles.set(slug, title);
	}
	const all = slugs.flat();
	const pages: GeneratedPage[] = [];
	for (const slug of all) {
		const blocks: string[] = [prose.paragraph(2, 4)];
		for (let h = 0; h < random.int(3, 6); h++) {
			blocks.push(`## ${prose.title()}`, prose.paragraph());
			if (random.chance(0.5)) blocks.push(Array.from({ length: random.int(3, 6) }, () => `- ${prose.sentence()}`).join('\n'));
			if (random.chance(0.2)) {
				const rows = Array.from({ length: random.int(3, 6) }, () => `| ${prose.title()} | ${random.int(1, 500)} | ${prose.title()} |`);
				blocks.push(['| Élément | Nombre | Remarque |', '| --- | --- | --- |', ...rows].join('\n'));
			}
			if (random.chance(0.6)) {
				const target = random.pick(all);
				blocks.push(`Voir aussi [${titles.get(target)}](/${target}/).`);
			}
		}
		pages.push({
			path: `${slug}.md`,
			markdown: `---\ntitle: ${yamlString(titles.get(slug)!)}\ndescription: ${yamlString(shortened(prose.sentence(), 150))}\n---\n\n${blocks.join('\n\n')}\n`,
		});
	}
	slugs.forEach((sectionSlugs, index) => {
		const section = `guide-${String(index + 1).padStart(2, '0')}`;
		const list = sectionSlugs.map((slug) => `- [${titles.get(slug)}](/${slug}/)`).join('\n');
		pages.push({
			path: `${section}/index.md`,
			markdown: `---\ntitle: ${yamlString(`Guide ${index + 1}`)}\ndescription: ${yamlString(`Les ${sectionSlugs.length} fiches du guide ${index + 1}.`)}\n---\n\n${prose.paragraph(2, 3)}\n\n## Toutes les fiches\n\n${list}\n`,
		});
	});
	return pages;
}
