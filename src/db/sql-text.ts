import { type RawBuilder, sql } from 'kysely';
import { PREPARE_MARK } from './prepared.js';

/**
 * A statement built as text and parameters, for the few hot statements whose shape varies per
 * call (the usage read behind every entitlement check and month count). Kysely's `sql` template
 * makes one node per identifier, fragment and value, then walks them to compile: for the usage
 * statement that was 55 KB of garbage per call, and the collections it caused were the check's
 * p99. Here the text is concatenated once and every value is still a bound parameter (`$n`), so
 * nothing a caller passes is ever spliced into the text.
 *
 * Only constant identifiers (table and column names written in the source) go through `text`.
 */
export class SqlText {
  private readonly fragments: string[] = [''];
  private readonly values: unknown[] = [];

  /** Appends constant SQL text (never a caller's value). */
  text(s: string): this {
    this.fragments[this.fragments.length - 1] += s;
    return this;
  }

  /** Appends a bound parameter, cast when `cast` is given (`$n::timestamptz`). */
  value(v: unknown, cast?: string): this {
    this.values.push(v);
    this.fragments.push(cast ? `::${cast}` : '');
    return this;
  }

  /** Appends the parts, separated by `separator` (constant text). */
  join<T>(items: readonly T[], separator: string, each: (item: T) => void): this {
    items.forEach((item, i) => {
      if (i > 0) this.text(separator);
      each(item);
    });
    return this;
  }

  /**
   * One raw node: runs through the executor's plugins like any `sql` statement. Values that are
   * themselves builders are not supported: `value` is for plain values only. `prepared` marks the
   * text for a named prepared statement on PostgreSQL (src/db/prepared.ts): its text holds no
   * value, so one name serves every call of the same shape.
   */
  build<R>(options: { prepared?: boolean } = {}): RawBuilder<R> {
    const fragments = [...this.fragments];
    if (options.prepared) fragments[0] = `${PREPARE_MARK} ${fragments[0]}`;
    const strings = Object.assign(fragments, { raw: [...fragments] });
    return sql<R>(strings as unknown as TemplateStringsArray, ...this.values);
  }
}
