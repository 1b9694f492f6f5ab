import { type ReactNode, useState } from 'react';
import type { MessageKey } from '../i18n/en.js';
import { useI18n } from '../i18n/i18n.js';
import { useSession } from '../session/session.js';
import { LangSwitch } from './lang-switch.js';
import { Link } from './link.js';
import { ModeSwitch, TestModeBanner } from './mode-switch.js';

const SECTIONS: [string, MessageKey][] = [
  ['customers', 'nav.customers'],
  ['plans', 'nav.plans'],
  ['meters', 'nav.meters'],
  ['invoices', 'nav.invoices'],
  ['discounts', 'nav.discounts'],
  ['finance', 'nav.finance'],
  ['revenue', 'nav.revenue'],
  ['settings', 'nav.settings'],
  ['audit', 'nav.audit'],
];

/**
 * The frame around every signed-in page: navigation, account name, language, sign out. On a
 * narrow screen the navigation folds into a top bar with a menu button.
 */
export function Shell({ section, children }: { section: string; children: ReactNode }) {
  const { t } = useI18n();
  const { account, signOut } = useSession();
  const [open, setOpen] = useState(false);
  return (
    <div className="shell">
      <nav className={`nav${open ? ' open' : ''}`}>
        <div className="nav-top">
          <div className="brand">
            {t('app.title')}
            {account && <span className="account-name">{account.name}</span>}
          </div>
          <button
            type="button"
            className="menu-button"
            data-testid="menu-button"
            aria-expanded={open}
            onClick={() => setOpen((v) => !v)}
          >
            {t('nav.menu')}
          </button>
        </div>
        <ul>
          {SECTIONS.map(([path, label]) => (
            <li key={path}>
              <Link
                to={`/${path}`}
                className={section === path ? 'active' : ''}
                onClick={() => setOpen(false)}
              >
                {t(label)}
              </Link>
            </li>
          ))}
        </ul>
        <div className="nav-footer">
          <ModeSwitch />
          <LangSwitch />
          <button type="button" className="link-button" onClick={signOut}>
            {t('nav.signOut')}
          </button>
        </div>
      </nav>
      <main className="content">
        <TestModeBanner />
        {children}
      </main>
    </div>
  );
}
