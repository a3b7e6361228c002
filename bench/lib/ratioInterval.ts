import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';
import { percentile, round } from './metrics';

/**
 * How far the ratio of two p95s could move on another run of the same code: a
 * block bootstrap (each side's blocks of consecutive keys drawn with
 * replacement, `resamples` times), from a fixed seed so the same keys always
 * give the same interval. Whole blocks are drawn because neighbouring keys share
 * the machine's moods (a collection, another process's burst); drawing single
 * keys would make the interval look narrower than the figure's real spread.
 * A p95 of a few thousand keys moves by several percent between runs of one
 * build, so a ratio of 1.06 can be a 6% cost or none: the interval says which.
 */
export function p95RatioInterval(
  numerator: readonly (readonly number[])[],
  denominator: readonly (readonly number[])[],
  options: { coverage?: number; resamples?: number; seed?: number } = {},
): [low: number, high: number] {
  const { coverage = 0.9, resamples = 1000, seed = 8 } = options;
  if (!numerator.some((block) => block.length > 0) || !denominator.some((block) => block.length > 0)) return [NaN, NaN];
  const rng = xoroshiro128plus(seed);
  const resampledP95 = (blocks: readonly (readonly number[])[]) => {
    const keys: number[] = [];
    for (let drawn = 0; drawn < blocks.length; drawn += 1) keys.push(...blocks[unsafeUniformIntDistribution(0, blocks.length - 1, rng)]!);
    return percentile(keys, 95);
  };
  const ratios = Array.from({ length: resamples }, () => resampledP95(numerator) / resampledP95(denominator));
  const tail = ((1 - coverage) / 2) * 100;
  return [round(percentile(ratios, tail)), round(percentile(ratios, 100 - tail))];
}
