import { z } from 'astro/zod';

const LinkSchema = z.strictObject({
	/** Text of the link in the menu. */
	label: z.string().min(1),
	/** Address inside the site, starting and ending with « / » (e.g. `/partenaires/carte/`). */
	link: z.string().regex(/^\/([a-z0-9._-]+\/)*$/, { error: 'une adresse du site qui commence et finit par « / », par exemple « /partenaires/carte/ »' }),
});

const SectionSchema = z
	.strictObject({
		/** Title of the group in the menu. */
		label: z.string().min(1),
		/** Folder of `pages/` whose pages this group lists (e.g. `comprendre`). */
		pages: z.string().regex(/^[a-z0-9-]+(\/[a-z0-9-]+)*$/, { error: 'le nom d’un dossier de content/pages/, par exemple « comprendre »' }).optional(),
		/** Links to pages generated from data (directory, calendar...), listed after the folder's pages. */
		links: z.array(LinkSchema).default([]),
		/** Whether the group starts folded (default: unfolded only on its own pages). */
		collapsed: z.boolean().default(true),
	})
	.refine((section) => section.pages !== undefined || section.links.length > 0, { error: 'un dossier de pages (pages:) ou au moins un lien (links:)' });

/** `content/navigation.yaml`: the menu, in order. */
export const NavigationSchema = z.strictObject({
	/**
	 * A folder with more pages than this shows only its first page in the menu, which lists the
	 * others: the menu stays short whatever the size of the site (default 15).
	 */
	maxPagesPerSection: z.number().int().min(1).default(15),
	/** Links shown before the groups (e.g. Accueil). */
	links: z.array(LinkSchema).default([]),
	/** The groups of the menu, in order. */
	sections: z.array(SectionSchema).min(1),
});

export type NavigationInput = z.input<typeof NavigationSchema>;
export type Navigation = z.output<typeof NavigationSchema>;
