/**
 * Groups a message stream into batches: waits for one message, then takes whatever else has
 * already arrived (up to `max`) without waiting for more. Under load a batch is large (one
 * transaction for many messages); when idle a message is applied as soon as it arrives.
 */
export function batchesOf<T>(source: AsyncIterator<T>) {
  let waiting: Promise<IteratorResult<T>> | undefined;
  const pull = () => {
    waiting ??= source.next();
    return waiting;
  };
  const idle = Symbol('idle');
  return async function take(max: number): Promise<T[] | undefined> {
    const first = await pull();
    waiting = undefined;
    if (first.done) return undefined;
    const batch = [first.value];
    while (batch.length < max) {
      const r = await Promise.race([
        pull(),
        new Promise<typeof idle>((resolve) => setImmediate(() => resolve(idle))),
      ]);
      if (r === idle) break;
      waiting = undefined;
      if (r.done) break;
      batch.push(r.value);
    }
    return batch;
  };
}
