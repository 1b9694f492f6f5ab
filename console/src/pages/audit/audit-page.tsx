import { useState } from 'react';
import { withQuery } from '../../api/client.js';
import type { List } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { Async } from '../../components/async.js';
import { Field } from '../../components/field.js';
import { Link } from '../../components/link.js';
import { LoadMore } from '../../components/load-more.js';
import { Panel } from '../../components/panel.js';
import { Table } from '../../components/table.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';
import { AuditChanges } from './audit-changes.js';
import { ACTION_BADGE, ACTIONS, ACTOR_TYPES, type AuditEvent, resourcePath } from './audit-event.js';

interface Filters {
  actor_type: string;
  action: string;
  resource_type: string;
  resource_id: string;
  request_id: string;
}

const NONE: Filters = { actor_type: '', action: '', resource_type: '', resource_id: '', request_id: '' };

/** Every recorded write, newest first, filtered on the server; the changes unfold per row. */
export function AuditPage() {
  const { t, label } = useI18n();
  const f = useFormat();
  const [draft, setDraft] = useState<Filters>(NONE);
  const [filters, setFilters] = useState<Filters>(NONE);
  const [cursor, setCursor] = useState<string | undefined>();
  const state = useApi<List<AuditEvent>>(
    withQuery('/v1/audit_events', { ...filters, limit: 100, starting_after: cursor }),
  );
  const text = (name: 'resource_type' | 'resource_id' | 'request_id', label: string) => (
    <Field label={label}>
      <input
        name={`audit-${name}`}
        value={draft[name]}
        onChange={(e) => setDraft({ ...draft, [name]: e.target.value.trim() })}
      />
    </Field>
  );

  return (
    <div className="page">
      <h1>{t('audit.title')}</h1>
      <p className="muted">{t('audit.help')}</p>
      <form
        className="toolbar"
        onSubmit={(e) => {
          e.preventDefault();
          setCursor(undefined);
          setFilters(draft);
        }}
      >
        <Field label={t('audit.actor')}>
          <select
            name="audit-actor-type"
            value={draft.actor_type}
            onChange={(e) => setDraft({ ...draft, actor_type: e.target.value })}
          >
            <option value="">{t('common.all')}</option>
            {ACTOR_TYPES.map((a) => (
              <option key={a} value={a}>
                {t(`audit.actorType.${a}`)}
              </option>
            ))}
          </select>
        </Field>
        <Field label={t('audit.action')}>
          <select
            name="audit-action"
            value={draft.action}
            onChange={(e) => setDraft({ ...draft, action: e.target.value })}
          >
            <option value="">{t('common.all')}</option>
            {ACTIONS.map((a) => (
              <option key={a} value={a}>
                {t(`audit.action.${a}`)}
              </option>
            ))}
          </select>
        </Field>
        {text('resource_type', t('audit.resourceType'))}
        {text('resource_id', t('audit.resourceId'))}
        {text('request_id', t('audit.requestId'))}
        <button type="submit">{t('common.search')}</button>
      </form>
      <Panel title={t('audit.title')} testId="audit-events">
        <Async state={state}>
          {(list) => (
            <>
              <Table
                rows={list.data}
                rowKey={(e) => e.id}
                columns={[
                  { header: t('audit.time'), cell: (e) => f.dateTime(e.created_at), nowrap: true },
                  {
                    header: t('audit.actor'),
                    cell: (e) => (
                      <>
                        {(ACTOR_TYPES as readonly string[]).includes(e.actor.type)
                          ? t(`audit.actorType.${e.actor.type as (typeof ACTOR_TYPES)[number]}`)
                          : e.actor.type}
                        {e.actor.name && <> · {e.actor.name}</>}
                        {e.actor.id && (
                          <div className="muted">
                            <code>{e.actor.id}</code>
                          </div>
                        )}
                      </>
                    ),
                  },
                  {
                    header: t('audit.action'),
                    cell: (e) => (
                      <span className={`badge badge-${ACTION_BADGE[e.action]}`}>
                        {t(`audit.action.${e.action}`)}
                      </span>
                    ),
                  },
                  {
                    header: t('audit.resource'),
                    cell: (e) => {
                      const path = resourcePath(e.resource.type, e.resource.id);
                      const id = <code>{e.resource.id}</code>;
                      return (
                        <>
                          {label('object', e.resource.type)}
                          <div>{path ? <Link to={path}>{id}</Link> : id}</div>
                        </>
                      );
                    },
                  },
                  {
                    header: t('audit.request'),
                    cell: (e) => (
                      <>
                        {e.route && <div className="nowrap">{e.route}</div>}
                        {e.request_id && <code className="muted">{e.request_id}</code>}
                      </>
                    ),
                  },
                  { header: t('audit.changes'), cell: (e) => <AuditChanges event={e} /> },
                ]}
              />
              <LoadMore list={list} onMore={setCursor} />
            </>
          )}
        </Async>
      </Panel>
    </div>
  );
}
