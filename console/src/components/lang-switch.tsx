import { useI18n } from '../i18n/i18n.js';

export function LangSwitch() {
  const { lang, setLang, t } = useI18n();
  return (
    <button
      type="button"
      className="link-button"
      data-testid="lang-switch"
      onClick={() => setLang(lang === 'ja' ? 'en' : 'ja')}
    >
      {t('lang.switch')}
    </button>
  );
}
