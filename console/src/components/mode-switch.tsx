import { isTestKey, storedMode, storeMode } from '../api/client.js';
import { useI18n } from '../i18n/i18n.js';

/**
 * Live or test data, for this browser tab. Switching reloads the page, so that nothing shown
 * from one mode stays on screen in the other. A test-mode key has no live mode to switch to.
 */
export function ModeSwitch() {
  const { t } = useI18n();
  const mode = storedMode();
  const locked = isTestKey();
  return (
    <label className="mode-switch" data-testid="mode-switch">
      <input
        type="checkbox"
        checked={mode === 'test'}
        disabled={locked}
        onChange={(e) => {
          storeMode(e.target.checked ? 'test' : 'live');
          window.location.reload();
        }}
      />
      {t('mode.test')}
    </label>
  );
}

/** Shown on every page while the console shows test data. */
export function TestModeBanner() {
  const { t } = useI18n();
  if (storedMode() !== 'test') return null;
  return (
    <div className="test-banner" role="status" data-testid="test-mode-banner">
      {t('mode.banner')}
    </div>
  );
}
