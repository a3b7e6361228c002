import { describe, expect, it } from 'vitest';
import { p95RatioInterval } from '../../../bench/lib/ratioInterval';
import { percentile } from '../../../bench/lib/metrics';

/** Deterministic latencies with a long tail, like keystrokes: mostly ~10 ms, now and then 20–40 ms. */
function latencies(count: number, offset: number, scale = 1): number[] {
  return Array.from({ length: count }, (_, n) => {
    const spread = ((n * 7919 + offset) % 1000) / 1000;
    return scale * (spread > 0.9 ? 20 + 200 * (spread - 0.9) : 8 + 4 * spread);
  });
}

describe('p95RatioInterval', () => {
  it('gives the same interval for the same keys every time', () => {
    const on = latencies(1800, 1);
    const off = latencies(1800, 2);
    expect(p95RatioInterval(on, off)).toEqual(p95RatioInterval(on, off));
  });

  it('holds 1 when both lists come from the same distribution, and the ratio of their p95s', () => {
    const on = latencies(1800, 3);
    const off = latencies(1800, 4);
    const [low, high] = p95RatioInterval(on, off);
    expect(low).toBeLessThanOrEqual(1);
    expect(high).toBeGreaterThanOrEqual(1);
    const ratio = percentile(on, 95) / percentile(off, 95);
    expect(low).toBeLessThanOrEqual(ratio);
    expect(high).toBeGreaterThanOrEqual(ratio);
  });

  it('lies wholly above 1 when every key is clearly slower', () => {
    const [low] = p95RatioInterval(latencies(1800, 5, 1.3), latencies(1800, 6));
    expect(low).toBeGreaterThan(1.1);
  });

  it('narrows as the keys grow in number', () => {
    const width = (count: number) => {
      const [low, high] = p95RatioInterval(latencies(count, 7), latencies(count, 8));
      return high - low;
    };
    expect(width(8000)).toBeLessThan(width(400));
  });

  it('is no interval without keys', () => {
    expect(p95RatioInterval([], [1, 2])).toEqual([NaN, NaN]);
  });
});
