import type { MeteringService } from '../metering/service.js';
import type { ReadBarrier } from './barrier.js';
import { partitionOf } from './partition.js';

/**
 * The metering service with every usage read behind the read barrier (barrier.ts): a read waits
 * for the partitions of the customers it asks about, or for all of them when it asks across
 * customers. Billing reads usage through `aggregate`/`aggregateMany`, so a period close prices
 * every event acknowledged before it started.
 */
export function withLogPosition(
  metering: MeteringService,
  wait: ReadBarrier,
  partitions: number,
): MeteringService {
  const of = (customerId: string) => partitionOf(customerId, partitions);
  const ofRef = async (ref: string) => of((await metering.customerContext(ref)).customerId);
  return {
    ...metering,
    async aggregate(query, executor) {
      await wait([of(query.customerId)], executor);
      return metering.aggregate(query, executor);
    },
    async aggregateWindow(query, executor) {
      await wait([of(query.customerId)], executor);
      return metering.aggregateWindow(query, executor);
    },
    async aggregateMany(queries, executor) {
      await wait(
        queries.map((q) => of(q.customerId)),
        executor,
      );
      return metering.aggregateMany(queries, executor);
    },
    async countsIn(meter, customerId, periods) {
      await wait([of(customerId)]);
      return metering.countsIn(meter, customerId, periods);
    },
    async usage(meterRef, request) {
      await wait(request.customer === undefined ? 'all' : [await ofRef(request.customer)]);
      return metering.usage(meterRef, request);
    },
    // A cancel right after its event was accepted must find it: the event may still be in the log.
    async cancelEvent(meterRef, identifier) {
      await wait('all');
      return metering.cancelEvent(meterRef, identifier);
    },
    async customerUsage(customerRef, start, end) {
      await wait([await ofRef(customerRef)]);
      return metering.customerUsage(customerRef, start, end);
    },
  };
}
