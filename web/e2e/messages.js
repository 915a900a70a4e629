// @ts-check
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = path.join(path.dirname(fileURLToPath(import.meta.url)), '../src/lib/i18n/messages');

/**
 * The SPA's message tree of a locale, read from its TypeScript source (a plain object literal), so a browser test
 * names labels by key instead of copying them per language.
 * @param {'zh-CN' | 'en'} locale
 * @returns {Record<string, any>}
 */
function load(locale) {
  const source = fs.readFileSync(path.join(dir, locale === 'en' ? 'en.ts' : 'zh-cn.ts'), 'utf8');
  const start = source.indexOf('{', source.search(/export const \w+(?::\s*\w+)?\s*=/));
  const end = source.indexOf('\n};', start);
  return new Function(`return ${source.slice(start, end + 2)};`)();
}

const trees = { 'zh-CN': load('zh-CN'), en: load('en') };

/**
 * The text of a message key in a locale, with `{name}` placeholders filled from `values`.
 * @param {'zh-CN' | 'en'} locale
 * @param {string} key e.g. `contracts.approval.waitingFor`
 * @param {Record<string, string | number>} [values]
 */
export function t(locale, key, values = {}) {
  /** @type {any} */
  let node = trees[locale];
  for (const part of key.split('.')) node = node?.[part];
  if (typeof node !== 'string') throw new Error(`no message ${key} in ${locale}`);
  return node.replace(/\{(\w+)\}/g, (_, name) => String(values[name] ?? `{${name}}`));
}

/**
 * Every message of a locale as dotted key → text.
 * @param {'zh-CN' | 'en'} locale
 */
export function allMessages(locale) {
  /** @type {Record<string, string>} */
  const flat = {};
  /** @param {any} node @param {string} prefix */
  const walk = (node, prefix) => {
    for (const [k, v] of Object.entries(node)) {
      const key = prefix ? `${prefix}.${k}` : k;
      if (typeof v === 'string') flat[key] = v;
      else walk(v, key);
    }
  };
  walk(trees[locale], '');
  return flat;
}

/**
 * A pattern matching a button's name: the label, after the icon's name if it has one (antd icons are named, e.g.
 * "plus"), also when antd spaced out a two-character CJK label (保 存).
 * @param {string} text
 */
export function labelPattern(text) {
  const chars = [...text].map((c) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  return new RegExp(`^(?:[a-z-]+ )?\\s*${chars.join('\\s*')}\\s*$`);
}
