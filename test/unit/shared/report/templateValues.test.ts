import { describe, expect, it } from 'vitest';
import { joinNames } from '../../../../src/shared/report/templateValues';

describe('joinNames', () => {
  it('joins names as Intl.ListFormat does, in any language and for any count', () => {
    const names = ['Amina Okafor', 'Jorge Mensah', 'Chris Silva', 'Mei Lindqvist'];
    for (const locale of ['en', 'en-GB', 'fr', 'de', 'ar', 'ja', 'zh']) {
      for (let count = 0; count <= names.length; count += 1) {
        const some = names.slice(0, count);
        expect(joinNames(some, locale), `${locale} ${count}`).toBe(new Intl.ListFormat(locale, { type: 'conjunction' }).format(some));
      }
    }
  });

  it('writes no name as nothing and one name as itself', () => {
    expect(joinNames([], 'en')).toBe('');
    expect(joinNames(['Amina Okafor'], 'fr')).toBe('Amina Okafor');
    expect(joinNames(['Amina Okafor', 'Jorge Mensah'], 'en')).toBe('Amina Okafor and Jorge Mensah');
  });
});
