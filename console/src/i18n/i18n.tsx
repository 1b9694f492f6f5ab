import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { en, type MessageKey } from './en.js';
import { ja } from './ja.js';
import { type LabelGroup, labelOf } from './labels.js';

export type Lang = 'en' | 'ja';
const LANG_STORAGE = 'tariff.lang';

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

interface I18n {
  lang: Lang;
  locale: string;
  setLang: (lang: Lang) => void;
  t: Translate;
  /** An API enum value in the reader's language (`labelOf`). */
  label: (group: LabelGroup, value: string | null | undefined) => string;
}

const I18nContext = createContext<I18n | null>(null);

function initialLang(): Lang {
  const saved = localStorage.getItem(LANG_STORAGE);
  if (saved === 'en' || saved === 'ja') return saved;
  return navigator.language.startsWith('ja') ? 'ja' : 'en';
}

export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);
  const setLang = useCallback((next: Lang) => {
    localStorage.setItem(LANG_STORAGE, next);
    setLangState(next);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
  }, [lang]);
  const value = useMemo<I18n>(() => {
    const dict = lang === 'ja' ? ja : en;
    const t: Translate = (key, vars) => {
      let text: string = dict[key];
      if (vars) for (const [k, v] of Object.entries(vars)) text = text.replaceAll(`{${k}}`, String(v));
      return text;
    };
    const label = (group: LabelGroup, value: string | null | undefined) => labelOf(t, group, value);
    return { lang, locale: lang === 'ja' ? 'ja-JP' : 'en-US', setLang, t, label };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n outside I18nProvider');
  return value;
}
