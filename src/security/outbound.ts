import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import http from 'node:http';
import https from 'node:https';
import { BlockList, isIP, isIPv4 } from 'node:net';

/**
 * Where Tariff may send requests of its own (webhook deliveries, Stripe calls). A URL set through
 * the API must not turn Tariff into a proxy into its own network: loopback, private, link-local
 * (the cloud metadata service at 169.254.169.254), CGNAT and other non-public addresses are
 * refused unless the operator allows them (`TARIFF_OUTBOUND_ALLOW_PRIVATE=1`, for local
 * development and tests). The decision is taken on the address actually connected to, inside the
 * agent's DNS lookup, so a name that resolves to a public address when checked and to 127.0.0.1
 * when connecting (DNS rebinding) is still refused.
 */
export interface OutboundOptions {
  /** Allow private and loopback targets. Default: `TARIFF_OUTBOUND_ALLOW_PRIVATE=1`. */
  readonly allowPrivate?: boolean;
}

export interface OutboundPolicy {
  readonly allowPrivate: boolean;
  /** Agents that refuse blocked addresses at connection time (plain agents when allowed). */
  readonly httpAgent: http.Agent;
  readonly httpsAgent: https.Agent;
  agentFor(url: URL): http.Agent;
  /** Why this URL may not be used as a target, or undefined; checks the text only (no DNS). */
  urlRefusal(url: string): string | undefined;
}

export const ALLOW_PRIVATE_ENV = 'TARIFF_OUTBOUND_ALLOW_PRIVATE';

export class OutboundRefusedError extends Error {
  readonly code = 'ERR_OUTBOUND_REFUSED';
  constructor(host: string, reason: string) {
    super(
      `Refused to connect to ${host} (${reason} address): Tariff does not send requests to internal addresses unless ${ALLOW_PRIVATE_ENV}=1.`,
    );
  }
}

const V4: [string, string, number][] = [
  ['unspecified', '0.0.0.0', 8],
  ['private', '10.0.0.0', 8],
  ['shared (CGNAT)', '100.64.0.0', 10],
  ['loopback', '127.0.0.0', 8],
  ['link-local', '169.254.0.0', 16],
  ['private', '172.16.0.0', 12],
  ['reserved', '192.0.0.0', 24],
  ['documentation', '192.0.2.0', 24],
  ['private', '192.168.0.0', 16],
  ['benchmarking', '198.18.0.0', 15],
  ['documentation', '198.51.100.0', 24],
  ['documentation', '203.0.113.0', 24],
  ['multicast', '224.0.0.0', 4],
  ['reserved', '240.0.0.0', 4],
];
const V6: [string, string, number][] = [
  ['unspecified', '::', 128],
  ['loopback', '::1', 128],
  ['private', 'fc00::', 7],
  ['link-local', 'fe80::', 10],
  ['site-local', 'fec0::', 10],
  ['multicast', 'ff00::', 8],
  ['documentation', '2001:db8::', 32],
];

function blockLists(table: [string, string, number][], type: 'ipv4' | 'ipv6') {
  return table.map(([reason, net, prefix]) => {
    const list = new BlockList();
    list.addSubnet(net, prefix, type);
    return { reason, list };
  });
}
const V4_LISTS = blockLists(V4, 'ipv4');
const V6_LISTS = blockLists(V6, 'ipv6');

/** The eight 16-bit groups of an IPv6 address (with or without a trailing dotted IPv4). */
function groups(ip: string): number[] {
  let text = ip;
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (dotted?.[1]) {
    const b = dotted[1].split('.').map(Number);
    text = `${text.slice(0, -dotted[1].length)}${(((b[0] ?? 0) << 8) | (b[1] ?? 0)).toString(16)}:${(((b[2] ?? 0) << 8) | (b[3] ?? 0)).toString(16)}`;
  }
  const [head, tail] = text.split('::') as [string, string | undefined];
  const h = head ? head.split(':') : [];
  const t = tail ? tail.split(':') : [];
  const fill = tail === undefined ? [] : Array(8 - h.length - t.length).fill('0');
  return [...h, ...fill, ...t].map((g) => Number.parseInt(g, 16));
}

const v4Of = (hi: number, lo: number) => `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;

/**
 * Why an address is not a public target, or undefined. IPv6 forms that carry an IPv4 address
 * (mapped ::ffff:a.b.c.d, the old compatible ::a.b.c.d, NAT64 64:ff9b::/96, 6to4 2002::/16) are
 * judged by that IPv4 address.
 */
export function blockedReason(address: string): string | undefined {
  const ip = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  if (isIPv4(ip)) return V4_LISTS.find((b) => b.list.check(ip, 'ipv4'))?.reason;
  if (isIP(ip) !== 6) return 'unparseable';
  const g = groups(ip);
  const zeros = (from: number, to: number) => g.slice(from, to).every((x) => x === 0);
  let embedded: string | undefined;
  if (zeros(0, 5) && g[5] === 0xffff) embedded = v4Of(g[6] ?? 0, g[7] ?? 0);
  else if (zeros(0, 6) && (g[6] ?? 0) !== 0) embedded = v4Of(g[6] ?? 0, g[7] ?? 0);
  else if (g[0] === 0x64 && g[1] === 0xff9b && zeros(2, 6)) embedded = v4Of(g[6] ?? 0, g[7] ?? 0);
  else if (g[0] === 0x2002) embedded = v4Of(g[1] ?? 0, g[2] ?? 0);
  if (embedded) return blockedReason(embedded);
  return V6_LISTS.find((b) => b.list.check(ip, 'ipv6'))?.reason;
}

/** Names that resolve to loopback by definition (RFC 6761), refused without asking DNS. */
function isLoopbackName(host: string): boolean {
  const h = host.toLowerCase().replace(/\.$/, '');
  return h === 'localhost' || h.endsWith('.localhost');
}

type LookupCallback = (
  err: NodeJS.ErrnoException | null,
  address: string | LookupAddress[],
  family?: number,
) => void;

/** A `lookup` for sockets: resolves every address and refuses the connection if any is blocked. */
export function guardedLookup(hostname: string, options: unknown, callback: unknown): void {
  const cb = (typeof options === 'function' ? options : callback) as LookupCallback;
  const opts = (typeof options === 'object' && options !== null ? options : {}) as {
    all?: boolean;
    family?: number;
  };
  dnsLookup(hostname, { ...opts, all: true }, (err, addresses) => {
    if (err) return cb(err, []);
    const blocked = addresses.find((a) => blockedReason(a.address));
    if (blocked)
      return cb(
        new OutboundRefusedError(`${hostname} (${blocked.address})`, blockedReason(blocked.address) ?? ''),
        [],
      );
    if (opts.all) return cb(null, addresses);
    const first = addresses[0];
    if (!first) return cb(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND' }), []);
    cb(null, first.address, first.family);
  });
}

type ConnectionFactory = (
  options: Record<string, unknown>,
  cb: (err: Error | null, socket?: unknown) => void,
) => unknown;

/**
 * Wraps the agent's socket factory: an IP literal never reaches `lookup` (Node connects to it
 * directly), so it is judged here; a name gets the guarded lookup.
 */
function guard<A extends http.Agent>(agent: A): A {
  const target = agent as unknown as { createConnection: ConnectionFactory };
  const original = target.createConnection.bind(agent);
  target.createConnection = (options, cb) => {
    const host = String(options.host ?? options.hostname ?? 'localhost').replace(/^\[|\]$/g, '');
    const reason = isIP(host) ? blockedReason(host) : isLoopbackName(host) ? 'loopback' : undefined;
    if (reason) {
      cb(new OutboundRefusedError(host, reason));
      return undefined;
    }
    return original({ ...options, lookup: guardedLookup }, cb);
  };
  return agent;
}

export function outboundPolicy(
  options: OutboundOptions = {},
  env: NodeJS.ProcessEnv = process.env,
): OutboundPolicy {
  const allowPrivate = options.allowPrivate ?? ['1', 'true'].includes(env[ALLOW_PRIVATE_ENV] ?? '');
  const agentOptions = { keepAlive: true, maxSockets: 50 };
  const httpAgent = allowPrivate ? new http.Agent(agentOptions) : guard(new http.Agent(agentOptions));
  const httpsAgent = allowPrivate ? new https.Agent(agentOptions) : guard(new https.Agent(agentOptions));
  return {
    allowPrivate,
    httpAgent,
    httpsAgent,
    agentFor: (url) => (url.protocol === 'http:' ? httpAgent : httpsAgent),
    urlRefusal(text) {
      let url: URL;
      try {
        url = new URL(text);
      } catch {
        return 'is not a valid URL';
      }
      if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must use http or https';
      if (url.username || url.password) return 'must not carry credentials (user:password@)';
      if (allowPrivate) return undefined;
      // The URL parser has already turned 2130706433, 0177.0.0.1 and 0x7f.1 into 127.0.0.1.
      const host = url.hostname.replace(/^\[|\]$/g, '');
      const reason = isIP(host) ? blockedReason(host) : isLoopbackName(host) ? 'loopback' : undefined;
      return reason
        ? `points to a ${reason} address (${host}); internal targets need ${ALLOW_PRIVATE_ENV}=1`
        : undefined;
    },
  };
}
