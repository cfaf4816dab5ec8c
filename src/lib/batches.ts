/**
 * Runs `work` over `items` a batch of `size` at a time, in order, and returns the results in the
 * same order: enough in flight to keep the cores busy, few enough to bound the memory held at once
 * (a whole site's pages, thousands of images).
 */
export async function inBatches<Item, Result>(items: readonly Item[], size: number, work: (item: Item) => Promise<Result>): Promise<Result[]> {
	const results: Result[] = [];
	for (let start = 0; start < items.length; start += size) results.push(...(await Promise.all(items.slice(start, start + size).map(work))));
	return results;
}
