import { Decimal } from '../../../../src/core/money/decimal.js';
import type { Subscription } from '../../api/types.js';
import { useApi } from '../../api/use-api.js';
import { Link } from '../../components/link.js';
import { useFormat } from '../../format/use-format.js';
import { useI18n } from '../../i18n/i18n.js';

interface Amount {
  value: string;
  currency: string;
}
interface Grant {
  id: string;
  status: string;
  amount: Amount;
  remaining: Amount;
}
interface Balance {
  grants: (Grant & { available: Amount })[];
}

/**
 * What is left of the subscription's prepaid commitment: the commit, what usage has burned so far
 * (invoiced, and this period's usage not yet invoiced) and what is left until the term ends. The
 * grant takes effect when the commitment's invoice is paid; until then it says so.
 */
export function CommitmentBurnDown({ sub, customer }: { sub: Subscription; customer: string }) {
  const { t } = useI18n();
  const f = useFormat();
  const commit = sub.prepaid_commitment;
  const grantId = commit?.credit_grant ?? null;
  const grant = useApi<Grant>(grantId ? `/v1/credit_grants/${encodeURIComponent(grantId)}` : null);
  const balance = useApi<Balance>(
    grantId ? `/v1/customers/${encodeURIComponent(customer)}/credit_balance` : null,
  );
  if (!commit || !grantId || !grant.data) return null;
  const money = (v: string) => f.money(v, commit.currency);
  const usable = balance.data?.grants.find((g) => g.id === grantId);
  const left = usable?.available.value ?? grant.data.remaining.value;
  const used = new Decimal(commit.amount).minus(left).toFixed();
  return (
    <div className="notice" data-testid="commitment-burn-down">
      <strong>{t('subs.burnDown')}</strong>{' '}
      {grant.data.status === 'pending' ? (
        <>
          {t('subs.burnDownPending', { amount: money(commit.amount) })}{' '}
          {commit.invoice && <Link to={`/invoices/${commit.invoice}`}>{t('subs.burnDownInvoice')}</Link>}
        </>
      ) : (
        t('subs.burnDownFigures', {
          amount: money(commit.amount),
          used: money(used),
          left: money(left),
          date: f.date(commit.term_end),
        })
      )}
    </div>
  );
}
