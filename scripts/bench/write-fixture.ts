/**
 * Writes the benchmark fixture alone, to build or inspect it by hand:
 * `npx tsx scripts/bench/write-fixture.ts 0.1 bench-output/essai` then
 * `HUB_CONTENT_DIR=bench-output/essai npx astro build`.
 */
import { resolve } from 'node:path';
import { fixtureCounts } from './data-collections';
import { writeFixture } from './fixture';

const [scaleArgument = '0.1', folder = 'bench-output/fixture-manual'] = process.argv.slice(2);
const counts = fixtureCounts(Number(scaleArgument));
const { root, pages } = writeFixture(resolve(folder), counts);
console.log(`Fixture écrite dans ${root} : ${pages.length} pages de guide, ${JSON.stringify(counts)}`);
