/** The same shape with every string free: what the English side of a namespace must match. */
export type Translation<T> = { [K in keyof T]: T[K] extends string ? string : Translation<T[K]> };

/** A feature's strings: Vietnamese first (the reference shape), English with exactly the same keys. */
export interface FeatureStrings<T> {
  vi: T;
  en: Translation<T>;
}

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Locale for Intl formatting (dates, times, numbers). */
export const LOCALES: Record<Language, string> = { vi: 'vi-VN', en: 'en-GB' };
