import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** A seeded random source: the same seed always gives the same fixture. */
export interface Random {
	/** An integer in [min, max]. */
	int(min: number, max: number): number;
	/** One element of a non-empty list. */
	pick<T>(list: readonly T[]): T;
	/** True with probability `p`. */
	chance(p: number): boolean;
}

export function seededRandom(seed: number): Random {
	const generator = xoroshiro128plus(seed);
	const int = (min: number, max: number) => uniformInt(generator, min, max);
	return {
		int,
		pick: <T>(list: readonly T[]) => list[int(0, list.length - 1)]!,
		chance: (p) => int(0, 999_999) < p * 1_000_000,
	};
}
