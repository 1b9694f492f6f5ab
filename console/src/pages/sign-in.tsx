import { type FormEvent, useState } from 'react';
import { Field } from '../components/field.js';
import { LangSwitch } from '../components/lang-switch.js';
import { useI18n } from '../i18n/i18n.js';
import { useSession } from '../session/session.js';

export function SignInPage() {
  const { t } = useI18n();
  const { signIn } = useSession();
  const [key, setKey] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await signIn(key.trim());
    } catch (e) {
      setError(t('signIn.invalid', { message: (e as Error).message }));
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="sign-in">
      <form className="panel sign-in-form" onSubmit={submit}>
        <h1>{t('signIn.title')}</h1>
        <Field label={t('signIn.key')} help={t('signIn.help')}>
          <input
            name="api-key"
            type="password"
            autoComplete="off"
            value={key}
            onChange={(e) => setKey(e.target.value)}
            placeholder="sk_…"
            required
          />
        </Field>
        {error && (
          <p className="notice error" role="alert">
            {error}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={busy || key.trim() === ''}>
            {t('signIn.submit')}
          </button>
          <LangSwitch />
        </div>
      </form>
    </div>
  );
}
