import { useI18n } from '../../i18n/i18n.js';
import type { AuditEvent } from './audit-event.js';

const show = (v: unknown) =>
  v === null || v === undefined ? '—' : typeof v === 'string' ? v : JSON.stringify(v);

/** The fields a write touched, folded: an update shows before → after, a create or delete the row. */
export function AuditChanges({ event }: { event: AuditEvent }) {
  const { t } = useI18n();
  const fields = Object.entries(event.changes);
  if (fields.length === 0) return null;
  return (
    <details className="audit-changes">
      <summary>{t('audit.fields', { count: String(fields.length) })}</summary>
      <table className="table">
        <tbody>
          {fields.map(([field, value]) => {
            const change =
              event.action === 'updated' && value && typeof value === 'object'
                ? (value as { from?: unknown; to?: unknown })
                : null;
            return (
              <tr key={field}>
                <td className="nowrap">
                  <code>{field}</code>
                </td>
                <td>
                  {change ? (
                    <>
                      <code>{show(change.from)}</code> → <code>{show(change.to)}</code>
                    </>
                  ) : (
                    <code>{show(value)}</code>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </details>
  );
}
