import type { ReactNode } from 'react';
import { ApiRequestError } from '../api/client.js';
import type { ApiState } from '../api/use-api.js';
import { useI18n } from '../i18n/i18n.js';

/** A route the server does not have yet (another slice not deployed): a calm notice, not a crash. */
export function isUnavailable(error: Error | undefined): boolean {
  return error instanceof ApiRequestError && error.status === 404 && error.code === 'route_not_found';
}

export function ErrorNotice({ error, onRetry }: { error: Error; onRetry?: () => void }) {
  const { t } = useI18n();
  if (isUnavailable(error)) {
    return (
      <p className="notice muted" role="status">
        {t('common.unavailable', { code: (error as ApiRequestError).code })}
      </p>
    );
  }
  return (
    <div className="notice error" role="alert">
      {t('common.error', { message: error.message })}
      {onRetry && (
        <button type="button" className="link-button" onClick={onRetry}>
          {t('common.retry')}
        </button>
      )}
    </div>
  );
}

export function Loading() {
  const { t } = useI18n();
  return (
    <p className="notice muted" aria-busy="true">
      {t('common.loading')}
    </p>
  );
}

/** Loading, error, or the loaded data: every panel renders through this. */
export function Async<T>({ state, children }: { state: ApiState<T>; children: (data: T) => ReactNode }) {
  if (state.error) return <ErrorNotice error={state.error} onRetry={state.reload} />;
  if (state.data === undefined) return <Loading />;
  return <>{children(state.data)}</>;
}
