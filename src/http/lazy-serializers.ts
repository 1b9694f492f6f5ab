import { SerializerSelector } from '@fastify/fast-json-stringify-compiler';
import type { FastifyInstance } from 'fastify';

type Builder = ReturnType<typeof SerializerSelector>;
type RouteSerializer = (data: unknown) => string;

const compilers = new WeakMap<object, () => number>();

/**
 * Fastify's own response serializer builder (fast-json-stringify), made lazy: a route's
 * serializer is compiled the first time that route answers with that status, not at `ready()`.
 * Compiling every route's response schemas up front took 1.2–2.4 s of CPU per app start on
 * 2 cores, paid by every process and every test file; one route's schemas take milliseconds,
 * paid once, on its first answer. The output is Fastify's default byte for byte (the same
 * compiler, external schemas and options). `compileAllSerializers(app)` compiles every route's
 * now: a test calls it, so a schema fast-json-stringify cannot compile fails a test, not a
 * customer's request.
 */
export function lazySerializers(): { builder: Builder; attach(app: FastifyInstance): void } {
  const pending: Array<() => void> = [];
  const builder: Builder = (externalSchemas, serializerOpts) => {
    const compile = SerializerSelector()(externalSchemas, serializerOpts);
    return (route) => {
      let serialize: RouteSerializer | undefined;
      const ensure = () => {
        serialize ??= compile(route) as RouteSerializer;
        return serialize;
      };
      pending.push(ensure);
      return (data: unknown) => ensure()(data);
    };
  };
  return {
    builder,
    attach: (app) =>
      compilers.set(app, () => {
        for (const ensure of pending) ensure();
        return pending.length;
      }),
  };
}

/** Compiles every route's response serializers now; returns how many there are. */
export function compileAllSerializers(app: FastifyInstance): number {
  const compileAll = compilers.get(app);
  if (!compileAll) throw new Error('app built without lazySerializers');
  return compileAll();
}
