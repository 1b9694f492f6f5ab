import type { List } from '../api/types.js';
import { useI18n } from '../i18n/i18n.js';

/** "Load more" under a cursor-paged list: hands the last id to the page as `starting_after`. */
export function LoadMore<T extends { id: string }>({
  list,
  onMore,
}: {
  list: List<T>;
  onMore: (cursor: string) => void;
}) {
  const { t } = useI18n();
  const last = list.data.at(-1);
  if (!list.has_more || !last) return null;
  return (
    <button type="button" onClick={() => onMore(last.id)}>
      {t('common.more')}
    </button>
  );
}
