import { unsafeUniformIntDistribution, xoroshiro128plus } from 'pure-rand';
import { percentile, round } from './metrics';

/**
 * How far the ratio of two p95s could move on another run of the same code: a
 * percentile bootstrap (each list resampled with replacement, `resamples`
 * times), from a fixed seed so the same keys always give the same interval. A
 * p95 of a few thousand keys moves by several percent between runs of one
 * build, so a ratio of 1.06 can be a 6% cost or none; the interval says which.
 */
export function p95RatioInterval(numerator: readonly number[], denominator: readonly number[], options: { coverage?: number; resamples?: number; seed?: number } = {}): [low: number, high: number] {
  const { coverage = 0.9, resamples = 1000, seed = 8 } = options;
  if (numerator.length === 0 || denominator.length === 0) return [NaN, NaN];
  const rng = xoroshiro128plus(seed);
  const resampledP95 = (values: readonly number[]) => percentile(Array.from(values, () => values[unsafeUniformIntDistribution(0, values.length - 1, rng)]!), 95);
  const ratios = Array.from({ length: resamples }, () => resampledP95(numerator) / resampledP95(denominator));
  const tail = ((1 - coverage) / 2) * 100;
  return [round(percentile(ratios, tail)), round(percentile(ratios, 100 - tail))];
}
