import { type FormEvent, useState } from 'react';
import { apiPost } from '../../api/client.js';
import type { ApiKey, List } from '../../api/types.js';
import { useAction } from '../../api/use-action.js';
import { useApi } from '../../api/use-api.js';
import { Async, ErrorNotice } from '../../components/async.js';
import { Panel } from '../../components/panel.js';
import { Table } from '../../components/table.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';

export function ApiKeysPanel() {
  const { t } = useI18n();
  const f = useFormat();
  const keys = useApi<List<ApiKey>>('/v1/api_keys');
  const [name, setName] = useState('');
  const [secret, setSecret] = useState<string | undefined>();
  const create = useAction(async () => {
    const made = await apiPost<ApiKey & { secret: string }>('/v1/api_keys', { name: name.trim() });
    setSecret(made.secret);
    setName('');
    keys.reload();
  });
  const revoke = useAction(async (id: string) => {
    await apiPost(`/v1/api_keys/${id}/revoke`);
    keys.reload();
  });
  function submit(event: FormEvent) {
    event.preventDefault();
    void create.run();
  }
  return (
    <Panel title={t('settings.apiKeys')} testId="api-keys">
      <Async state={keys}>
        {(list) => (
          <Table
            rows={list.data}
            rowKey={(k) => k.id}
            columns={[
              { header: t('common.name'), cell: (k) => k.name },
              { header: t('settings.prefix'), cell: (k) => <code>{k.prefix}</code> },
              { header: t('common.created'), cell: (k) => f.dateTime(k.created_at), nowrap: true },
              {
                header: t('common.status'),
                cell: (k) =>
                  k.revoked_at ? (
                    <span className="muted">{t('settings.revoked')}</span>
                  ) : (
                    <button
                      type="button"
                      className="danger small"
                      disabled={revoke.busy}
                      onClick={() => revoke.run(k.id)}
                    >
                      {t('settings.revoke')}
                    </button>
                  ),
              },
            ]}
          />
        )}
      </Async>
      <form className="inline-form" onSubmit={submit}>
        <input
          name="key-name"
          placeholder={t('common.name')}
          value={name}
          onChange={(e) => setName(e.target.value)}
          required
        />
        <button type="submit" disabled={create.busy || !name.trim()}>
          {t('common.create')}
        </button>
      </form>
      {secret && (
        <p className="notice ok" role="status">
          {t('settings.newKey', { secret })}
        </p>
      )}
      {create.error && <ErrorNotice error={create.error} />}
      {revoke.error && <ErrorNotice error={revoke.error} />}
    </Panel>
  );
}
