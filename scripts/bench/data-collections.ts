import { generateEvents } from './events-fixture';
import { generateGlossaryTerms } from './glossary-fixture';
import { generateIndicators } from './indicators-fixture';
import { generatePartners } from './partners-fixture';
import type { ProseGenerator } from './prose';
import type { Random } from './random';

/** How many entries of each kind the fixture holds (the national scale at factor 1). */
export interface FixtureCounts {
	guidancePages: number;
	partners: number;
	events: number;
	glossaryTerms: number;
	indicatorDatasets: number;
}

export function fixtureCounts(factor: number): FixtureCounts {
	const scaled = (count: number) => Math.max(1, Math.round(count * factor));
	return { guidancePages: scaled(2000), partners: scaled(5000), events: scaled(1000), glossaryTerms: scaled(600), indicatorDatasets: scaled(30) };
}

/** Writes generated partners, events, glossary terms (up to the total) and indicator datasets into `root`. */
export function generateDataCollections(root: string, counts: FixtureCounts, random: Random, prose: ProseGenerator): void {
	generatePartners(root, counts.partners, random);
	generateEvents(root, counts.events, random, prose);
	generateGlossaryTerms(root, counts.glossaryTerms, random, prose);
	generateIndicators(root, counts.indicatorDatasets, random, prose);
}
