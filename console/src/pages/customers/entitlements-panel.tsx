import { useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { Panel } from '../../components/panel.js';
import { Table } from '../../components/table.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';

interface CustomerEntitlement {
  feature: string;
  type: 'boolean' | 'static' | 'metered';
  allowed: boolean;
  value: unknown;
  usage: string | null;
  limit: string | null;
  balance: string | null;
  resets_at: string | null;
}

/** The features the customer's subscriptions grant now (GET /v1/customers/{id}/entitlements). */
export function EntitlementsPanel({ customerId }: { customerId: string }) {
  const { t } = useI18n();
  const f = useFormat();
  const state = useApi<{ data: CustomerEntitlement[] }>(`/v1/customers/${customerId}/entitlements`);
  return (
    <Panel title={t('entitlements.title')} testId="entitlements">
      <Async state={state}>
        {(list) => (
          <Table
            rows={list.data}
            rowKey={(r) => r.feature}
            columns={[
              { header: t('entitlements.feature'), cell: (r) => r.feature },
              {
                header: t('entitlements.allowed'),
                cell: (r) => (r.allowed ? t('entitlements.yes') : t('entitlements.no')),
              },
              {
                header: t('entitlements.value'),
                cell: (r) => (r.type === 'static' ? JSON.stringify(r.value) : ''),
              },
              { header: t('entitlements.usage'), cell: (r) => r.usage ?? '', align: 'right' },
              { header: t('entitlements.limit'), cell: (r) => r.limit ?? '', align: 'right' },
              { header: t('entitlements.balance'), cell: (r) => r.balance ?? '', align: 'right' },
              { header: t('entitlements.resets'), cell: (r) => (r.resets_at ? f.date(r.resets_at) : '') },
            ]}
          />
        )}
      </Async>
    </Panel>
  );
}
