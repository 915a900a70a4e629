import { describe, expect, it } from 'vitest';
import { targetGap } from '@/features/dashboard/api/target-gap';

describe('targetGap', () => {
  it('is what is left to sell while short of the target', () => {
    expect(targetGap('1000000.00', '250000.10')).toMatchObject({
      gap: 749999.9,
      ahead: 0,
      reached: false,
    });
  });

  it('is zero with the surplus once the target is reached', () => {
    expect(targetGap(500, 620.5)).toMatchObject({ gap: 0, ahead: 120.5, reached: true });
    expect(targetGap(500, 500)?.reached).toBe(true);
  });

  it('counts no sales as the whole target', () => {
    expect(targetGap(800, null)).toMatchObject({ gap: 800, reached: false });
  });

  it('has no gap without a target', () => {
    expect(targetGap(null, 100)).toBeNull();
    expect(targetGap(undefined, 100)).toBeNull();
  });
});
