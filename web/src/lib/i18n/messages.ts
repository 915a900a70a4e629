import { en } from '@/lib/i18n/messages/en';
import { zhCN, type Messages } from '@/lib/i18n/messages/zh-cn';

export type Locale = 'zh-CN' | 'en';

export const locales: readonly Locale[] = ['zh-CN', 'en'];

export const defaultLocale: Locale = 'zh-CN';

export const messagesByLocale: Record<Locale, Messages> = { 'zh-CN': zhCN, en };

type Join<K, P> = K extends string ? (P extends string ? `${K}.${P}` : never) : never;

type Leaves<T> = {
  [K in keyof T & string]: T[K] extends string ? K : Join<K, Leaves<T[K]>>;
}[keyof T & string];

/** Every dotted key that names a string, e.g. `contracts.fields.agreedTotal`. */
export type MessageKey = Leaves<Messages>;

type Tree = { readonly [key: string]: string | Tree };

/** Flattens a message tree into dotted keys, the form the key-parity test compares. */
export function flattenMessages(tree: Tree, prefix = ''): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(tree)) {
    const dotted = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'string') flat[dotted] = value;
    else Object.assign(flat, flattenMessages(value, dotted));
  }
  return flat;
}

/** Looks up a key and fills `{name}` placeholders; an unknown key shows itself so gaps are visible. */
export function translate(
  messages: Messages,
  key: MessageKey,
  params?: Record<string, string | number>,
): string {
  let node: unknown = messages;
  for (const part of key.split('.')) {
    node = typeof node === 'object' && node !== null ? (node as Tree)[part] : undefined;
  }
  const template = typeof node === 'string' ? node : key;
  return params
    ? template.replace(/\{(\w+)\}/g, (match, name: string) =>
        name in params ? String(params[name]) : match,
      )
    : template;
}

const storageKey = 'salesgraph.locale';

/** The remembered locale, or zh-CN (our users' language) when none was chosen. */
export function loadLocale(storage: Pick<Storage, 'getItem'> = localStorage): Locale {
  const saved = storage.getItem(storageKey);
  return locales.includes(saved as Locale) ? (saved as Locale) : defaultLocale;
}

export function saveLocale(locale: Locale, storage: Pick<Storage, 'setItem'> = localStorage): void {
  storage.setItem(storageKey, locale);
}
