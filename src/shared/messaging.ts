/**
 * Typed calls over `runtime.sendMessage` / `tabs.sendMessage`, and the dispatcher that answers them.
 */
import type { Runtime } from 'webextension-polyfill';
import { getBrowser } from './browser';
import type {
  BackgroundMethods,
  ContentMethods,
  Envelope,
  MethodName,
  Reply,
  Request,
  Response,
} from './protocol';
import { isEnvelope } from './protocol';
import { fail, ok, type Result } from './result';

/** Thrown by callers when the other side answered `{ ok: false }`. */
export class RemoteError extends Error {
  override name = 'RemoteError';
}

function unwrap<T>(reply: Result<T> | undefined, method: string): T {
  if (!reply) throw new RemoteError(`No answer to ${method}`);
  if (!reply.ok) throw new RemoteError(reply.error);
  return reply.value;
}

export async function callBackground<K extends MethodName<BackgroundMethods>>(
  method: K,
  payload: Request<BackgroundMethods, K>,
): Promise<Response<BackgroundMethods, K>> {
  const envelope: Envelope<BackgroundMethods, K> = { backstory: 1, method, payload };
  const reply = (await getBrowser().runtime.sendMessage(envelope)) as Reply<BackgroundMethods, K> | undefined;
  return unwrap(reply, method);
}

export async function callTab<K extends MethodName<ContentMethods>>(
  tabId: number,
  method: K,
  payload: Request<ContentMethods, K>,
): Promise<Response<ContentMethods, K>> {
  const envelope: Envelope<ContentMethods, K> = { backstory: 1, method, payload };
  const reply = (await getBrowser().tabs.sendMessage(tabId, envelope)) as
    Reply<ContentMethods, K> | undefined;
  return unwrap(reply, method);
}

export type Handlers<M> = {
  [K in MethodName<M>]: (
    payload: Request<M, K>,
    sender: Runtime.MessageSender,
  ) => Promise<Response<M, K>> | Response<M, K>;
};

/**
 * Answer typed requests. Messages that are not ours are left for other listeners (returning
 * `undefined` tells the polyfill we will not respond).
 */
export function serve<M>(handlers: Handlers<M>, signal?: AbortSignal): void {
  const runtime = getBrowser().runtime;
  const listener = (
    message: unknown,
    sender: Runtime.MessageSender,
  ): Promise<Result<unknown>> | undefined => {
    if (!isEnvelope(message)) return undefined;
    const handler = (handlers as Record<string, Handlers<M>[MethodName<M>] | undefined>)[message.method];
    if (!handler) return undefined;
    return Promise.resolve()
      .then(() => (handler as (p: unknown, s: Runtime.MessageSender) => unknown)(message.payload, sender))
      .then(ok, fail);
  };
  runtime.onMessage.addListener(listener);
  signal?.addEventListener('abort', () => {
    try {
      runtime.onMessage.removeListener(listener);
    } catch {
      // The context is already gone; nothing to remove.
    }
  });
}
