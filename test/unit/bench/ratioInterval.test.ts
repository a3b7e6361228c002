import { describe, expect, it } from 'vitest';
import { percentile } from '../../../bench/lib/metrics';
import { p95RatioInterval } from '../../../bench/lib/ratioInterval';

/** Deterministic latencies with a long tail, like keystrokes: mostly ~10 ms, now and then 20–40 ms. */
function latencies(count: number, offset: number, scale = 1): number[] {
  return Array.from({ length: count }, (_, n) => {
    const spread = ((n * 7919 + offset) % 1000) / 1000;
    return scale * (spread > 0.9 ? 20 + 200 * (spread - 0.9) : 8 + 4 * spread);
  });
}

/** Keys typed in blocks of 150, as the bench types them. */
function blocks(count: number, offset: number, scale = 1): number[][] {
  const keys = latencies(count, offset, scale);
  return Array.from({ length: Math.ceil(count / 150) }, (_, n) => keys.slice(n * 150, n * 150 + 150));
}

describe('p95RatioInterval', () => {
  it('gives the same interval for the same keys every time', () => {
    expect(p95RatioInterval(blocks(1800, 1), blocks(1800, 2))).toEqual(p95RatioInterval(blocks(1800, 1), blocks(1800, 2)));
  });

  it('holds 1 when both sides come from the same distribution, and the ratio of their p95s', () => {
    const on = blocks(1800, 3);
    const off = blocks(1800, 4);
    const [low, high] = p95RatioInterval(on, off);
    expect(low).toBeLessThanOrEqual(1);
    expect(high).toBeGreaterThanOrEqual(1);
    const ratio = percentile(on.flat(), 95) / percentile(off.flat(), 95);
    expect(low).toBeLessThanOrEqual(ratio);
    expect(high).toBeGreaterThanOrEqual(ratio);
  });

  it('lies wholly above 1 when every key is clearly slower', () => {
    const [low] = p95RatioInterval(blocks(1800, 5, 1.3), blocks(1800, 6));
    expect(low).toBeGreaterThan(1.1);
  });

  it('narrows as the keys grow in number', () => {
    const width = (count: number) => {
      const [low, high] = p95RatioInterval(blocks(count, 7), blocks(count, 8));
      return high - low;
    };
    expect(width(9000)).toBeLessThan(width(600));
  });

  it('is wider when slow keys come together in blocks than when they are spread out', () => {
    const spread = latencies(1800, 9);
    const together = [...spread].sort((a, b) => a - b);
    const asBlocks = (keys: number[]) => Array.from({ length: 12 }, (_, n) => keys.slice(n * 150, n * 150 + 150));
    const width = ([low, high]: [number, number]) => high - low;
    const off = blocks(1800, 10);
    expect(width(p95RatioInterval(asBlocks(together), off))).toBeGreaterThan(width(p95RatioInterval(asBlocks(spread), off)));
  });

  it('is no interval without keys', () => {
    expect(p95RatioInterval([], [[1, 2]])).toEqual([NaN, NaN]);
    expect(p95RatioInterval([[]], [[1, 2]])).toEqual([NaN, NaN]);
  });
});
