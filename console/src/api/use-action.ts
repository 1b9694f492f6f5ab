import { type FormEvent, useCallback, useState } from 'react';

export interface Action<A extends unknown[]> {
  run: (...args: A) => Promise<boolean>;
  busy: boolean;
  error: Error | undefined;
}

/** A write from a button or form: tracks busy and error, returns whether it succeeded. */
export function useAction<A extends unknown[]>(fn: (...args: A) => Promise<unknown>): Action<A> {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<Error | undefined>();
  const run = useCallback(
    async (...args: A) => {
      setBusy(true);
      setError(undefined);
      try {
        await fn(...args);
        return true;
      } catch (e) {
        setError(e as Error);
        return false;
      } finally {
        setBusy(false);
      }
    },
    [fn],
  );
  return { run, busy, error };
}

/** A form's submit handler that runs an action instead of navigating. */
export function submitting(run: () => Promise<boolean>): (event: FormEvent) => void {
  return (event) => {
    event.preventDefault();
    void run();
  };
}
