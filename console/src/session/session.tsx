import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { apiGet, SIGNED_OUT_EVENT, storedKey, storeKey } from '../api/client.js';
import type { Account } from '../api/types.js';

interface Session {
  signedIn: boolean;
  account: Account | undefined;
  /** The account's time zone: dates and "a day" on charts follow it. */
  timeZone: string;
  signIn: (key: string) => Promise<void>;
  signOut: () => void;
  setAccount: (account: Account) => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [signedIn, setSignedIn] = useState(() => storedKey() !== null);
  const [account, setAccount] = useState<Account | undefined>();

  // Any request answered 401 (a key revoked or expired meanwhile) signs the console out.
  useEffect(() => {
    const onSignedOut = () => {
      setAccount(undefined);
      setSignedIn(false);
    };
    window.addEventListener(SIGNED_OUT_EVENT, onSignedOut);
    return () => window.removeEventListener(SIGNED_OUT_EVENT, onSignedOut);
  }, []);

  useEffect(() => {
    if (!signedIn) return;
    apiGet<Account>('/v1/account').then(setAccount, (error: { status?: number }) => {
      // A key revoked since the last visit: back to the sign-in page.
      if (error.status === 401) {
        storeKey(null);
        setSignedIn(false);
      }
    });
  }, [signedIn]);

  const signIn = useCallback(async (key: string) => {
    const loaded = await apiGet<Account>('/v1/account', { key });
    storeKey(key);
    setAccount(loaded);
    setSignedIn(true);
  }, []);

  const signOut = useCallback(() => {
    storeKey(null);
    setAccount(undefined);
    setSignedIn(false);
  }, []);

  const value = useMemo<Session>(
    () => ({ signedIn, account, timeZone: account?.time_zone ?? 'UTC', signIn, signOut, setAccount }),
    [signedIn, account, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession outside SessionProvider');
  return value;
}
