import { NamesProvider } from './components/names.js';
import { Shell } from './components/shell.js';
import { AuditPage } from './pages/audit/audit-page.js';
import { CustomerPage } from './pages/customers/customer-page.js';
import { CustomersPage } from './pages/customers/customers-page.js';
import { DiscountsPage } from './pages/discounts/discounts-page.js';
import { FinancePage } from './pages/finance/finance-page.js';
import { InvoicePage } from './pages/invoices/invoice-page.js';
import { InvoicesPage } from './pages/invoices/invoices-page.js';
import { MeterPage } from './pages/meters/meter-page.js';
import { MetersPage } from './pages/meters/meters-page.js';
import { PlanPage } from './pages/plans/plan-page.js';
import { PlansPage } from './pages/plans/plans-page.js';
import { RevenuePage } from './pages/revenue/revenue-page.js';
import { SettingsPage } from './pages/settings/settings-page.js';
import { SignInPage } from './pages/sign-in.js';
import { useRoute } from './routing/router.js';
import { useSession } from './session/session.js';

function Page({ route }: { route: string[] }) {
  const [section, id] = route;
  switch (section) {
    case 'customers':
      return id ? <CustomerPage id={id} /> : <CustomersPage />;
    case 'plans':
      return id ? <PlanPage id={id} /> : <PlansPage />;
    case 'meters':
      return id ? <MeterPage id={id} /> : <MetersPage />;
    case 'invoices':
      return id ? <InvoicePage id={id} /> : <InvoicesPage />;
    case 'discounts':
      return <DiscountsPage />;
    case 'revenue':
      return <RevenuePage />;
    case 'finance':
      return <FinancePage />;
    case 'settings':
      return <SettingsPage />;
    case 'audit':
      return <AuditPage />;
    default:
      return <CustomersPage />;
  }
}

export function App() {
  const { signedIn } = useSession();
  const route = useRoute();
  if (!signedIn) return <SignInPage />;
  return (
    <Shell section={route[0] ?? 'customers'}>
      <NamesProvider key={route.join('/')}>
        <Page route={route} />
      </NamesProvider>
    </Shell>
  );
}
