import type { MessageKey } from '../i18n/en.js';
import { en } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';

export function StatusBadge({ status }: { status: string }) {
  const { t } = useI18n();
  const key = `status.${status}`;
  const label = key in en ? t(key as MessageKey) : status;
  return <span className={`badge badge-${status}`}>{label}</span>;
}
