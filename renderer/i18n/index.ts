import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { KeyValueStorage } from '../platform/index.ts';
import { LANGUAGES, type Language } from './types.ts';

/** Each namespace's strings in both languages (app/strings.ts lists every feature's). */
export type Namespaces = Record<string, { vi: object; en: object }>;

const LANGUAGE_KEY = 'roundtable.language';

export function isLanguage(value: unknown): value is Language {
  return (LANGUAGES as readonly unknown[]).includes(value);
}

/** Both languages, every namespace, in the shape i18next takes. */
export function buildResources<N extends Namespaces>(namespaces: N): Record<Language, Record<keyof N, object>> {
  const result = { vi: {}, en: {} } as Record<Language, Record<keyof N, object>>;
  for (const [name, strings] of Object.entries(namespaces) as [keyof N, { vi: object; en: object }][]) {
    result.vi[name] = strings.vi;
    result.en[name] = strings.en;
  }
  return result;
}

/** Vietnamese unless this device chose English before. */
export function initialLanguage(storage: KeyValueStorage): Language {
  const stored = storage.getItem(LANGUAGE_KEY);
  return isLanguage(stored) ? stored : 'vi';
}

export async function createI18n(storage: KeyValueStorage, namespaces: Namespaces): Promise<i18n> {
  const instance = i18next.createInstance();
  const language = initialLanguage(storage);
  await instance.use(initReactI18next).init({
    resources: buildResources(namespaces),
    lng: language,
    fallbackLng: 'vi',
    supportedLngs: [...LANGUAGES],
    ns: Object.keys(namespaces),
    defaultNS: 'common',
    interpolation: { escapeValue: false }, // React escapes already
    returnNull: false,
  });
  const apply = (lng: string) => {
    if (isLanguage(lng)) storage.setItem(LANGUAGE_KEY, lng);
    if (typeof document !== 'undefined') document.documentElement.lang = lng;
  };
  apply(language);
  instance.on('languageChanged', apply);
  return instance;
}
