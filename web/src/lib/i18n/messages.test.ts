import {
  flattenMessages,
  loadLocale,
  messagesByLocale,
  saveLocale,
  translate,
} from '@/lib/i18n/messages';

describe('messages', () => {
  it('zh-CN and en have exactly the same keys', () => {
    const zhKeys = Object.keys(flattenMessages(messagesByLocale['zh-CN'])).sort();
    const enKeys = Object.keys(flattenMessages(messagesByLocale.en)).sort();
    expect(enKeys).toEqual(zhKeys);
  });

  it('no message is left empty in either locale', () => {
    for (const messages of Object.values(messagesByLocale)) {
      const empty = Object.entries(flattenMessages(messages)).filter(([, text]) => !text.trim());
      expect(empty).toEqual([]);
    }
  });

  it('translates dotted keys and fills placeholders', () => {
    expect(translate(messagesByLocale['zh-CN'], 'contracts.fields.agreedTotal')).toBe('实际成交价');
    expect(translate(messagesByLocale.en, 'auth.signedInAs', { username: 'director' })).toBe(
      'Signed in as director',
    );
  });

  it('starts in zh-CN and remembers the chosen language', () => {
    const store = new Map<string, string>();
    const storage = {
      getItem: (key: string) => store.get(key) ?? null,
      setItem: (key: string, value: string) => void store.set(key, value),
    };
    expect(loadLocale(storage)).toBe('zh-CN');
    saveLocale('en', storage);
    expect(loadLocale(storage)).toBe('en');
  });

  it('ignores a remembered value that is not a supported locale', () => {
    expect(loadLocale({ getItem: () => 'fr' })).toBe('zh-CN');
  });
});
