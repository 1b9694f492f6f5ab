import type { ReactNode } from 'react';
import { useI18n } from '../i18n/i18n.js';
import { ErrorNotice } from './async.js';

/** A form's footer with a primary submit button, Cancel, and the error of the last try. */
export function SubmitRow({
  label,
  disabled,
  onCancel,
  error,
}: {
  label: ReactNode;
  disabled: boolean;
  onCancel: () => void;
  error: Error | undefined;
}) {
  const { t } = useI18n();
  return (
    <>
      <div className="row">
        <button type="submit" className="primary" disabled={disabled}>
          {label}
        </button>
        <button type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
      {error && <ErrorNotice error={error} />}
    </>
  );
}
