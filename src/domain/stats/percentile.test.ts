import { describe, expect, it } from 'vitest';
import { percentile } from './percentile.js';

describe('percentile', () => {
  it('interpolates between the closest ranks, as percentile_cont does', () => {
    expect(percentile([1, 2, 3, 4], 0.5)).toBe(2.5);
    expect(percentile([10, 20, 30, 40, 50, 60, 70, 80, 90, 100], 0.9)).toBe(91);
    expect(percentile([7], 0.9)).toBe(7);
    expect(percentile([5, 1, 4, 2, 3], 0)).toBe(1);
    expect(percentile([5, 1, 4, 2, 3], 1)).toBe(5);
  });

  it('does not depend on the order of the values, nor change them', () => {
    const values = [300, 60, 1200, 45, 90];
    expect(percentile(values, 0.5)).toBe(90);
    expect(values).toEqual([300, 60, 1200, 45, 90]);
  });

  it('is null for no values and refuses a p outside 0..1', () => {
    expect(percentile([], 0.5)).toBeNull();
    expect(() => percentile([1], 90)).toThrow(RangeError);
  });
});
