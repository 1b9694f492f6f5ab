import { useI18n } from '../i18n/i18n.js';

export function StatusBadge({ status }: { status: string }) {
  const { label } = useI18n();
  return <span className={`badge badge-${status}`}>{label('status', status)}</span>;
}
