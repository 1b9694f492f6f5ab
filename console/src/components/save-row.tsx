import { useI18n } from '../i18n/i18n.js';
import { ErrorNotice } from './async.js';

/** A settings form's footer: Save, "Saved" once it is, and the error of the last try. */
export function SaveRow({ busy, saved, error }: { busy: boolean; saved: boolean; error: Error | undefined }) {
  const { t } = useI18n();
  return (
    <>
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>
          {t('common.save')}
        </button>
        {saved && <span className="ok">{t('common.saved')}</span>}
      </div>
      {error && <ErrorNotice error={error} />}
    </>
  );
}
