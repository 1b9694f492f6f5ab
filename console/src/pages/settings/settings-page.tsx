import { useI18n } from '../../i18n/i18n.js';
import { AccountForm } from './account-form.js';
import { ApiKeysPanel } from './api-keys-panel.js';
import { CollectionForm } from './collection-form.js';
import { TaxRatesPanel } from './tax-rates-panel.js';
import { WebhooksPanel } from './webhooks-panel.js';

export function SettingsPage() {
  const { t } = useI18n();
  return (
    <div className="page">
      <h1>{t('settings.title')}</h1>
      <AccountForm />
      <CollectionForm />
      <TaxRatesPanel />
      <WebhooksPanel />
      <ApiKeysPanel />
    </div>
  );
}
