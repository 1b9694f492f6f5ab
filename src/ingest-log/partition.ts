/**
 * Partitions of the ingest log. A customer's events always go to the same partition (a stable
 * hash of its id), so one apply worker at a time owns everything of a customer: its rollups are
 * written by one writer, and a read for that customer waits on one partition only.
 *
 * Each partition is its own JetStream stream. Its sequence is then contiguous (1, 2, 3, …), so an
 * apply worker can tell a gap (a message another consumer still holds) from the next message,
 * and in a cluster the partitions' leaders spread over the nodes instead of one stream leader
 * taking every write.
 */

/** FNV-1a, 32 bits: the same partition for a customer in every process and every version. */
export function partitionOf(customerId: string, partitions: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < customerId.length; i++) {
    h ^= customerId.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % partitions;
}

export const streamName = (prefix: string, partition: number) => `${prefix}_${partition}`;
export const subjectOf = (prefix: string, partition: number) => `${prefix.toLowerCase()}.${partition}`;

/** The durable consumer every apply worker pulls a partition through. */
export const CONSUMER = 'apply';

export const allPartitions = (n: number) => Array.from({ length: n }, (_, i) => i);
