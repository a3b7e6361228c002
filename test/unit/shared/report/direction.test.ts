import { describe, expect, it } from 'vitest';
import { isRightToLeft } from '../../../../src/shared/report/direction';

describe('isRightToLeft', () => {
  it('follows the first strong character, skipping digits and punctuation', () => {
    expect(isRightToLeft('قال المشاركون')).toBe(true);
    expect(isRightToLeft('שלום לכולם')).toBe(true);
    expect(isRightToLeft('2023 - «قال» Chris')).toBe(true);
    expect(isRightToLeft('Chris قال')).toBe(false);
    expect(isRightToLeft('会议纪要')).toBe(false);
    expect(isRightToLeft('🎉 123 !')).toBe(false);
    expect(isRightToLeft('')).toBe(false);
  });
});
