/**
 * An in-memory stand-in for the WebExtension APIs the content script uses: `runtime.sendMessage`
 * answered by test handlers, and `runtime.onMessage` so tests can call the content script the way
 * the popup does.
 */
import type { Browser, Runtime } from 'webextension-polyfill';
import type { Analysis, Entity, EntityType } from '../../../src/core/types';
import { ok, fail, type Result } from '../../../src/shared/result';
import { toWire } from '../../../src/shared/analysis-wire';
import type {
  BackgroundMethods,
  ContentMethods,
  Envelope,
  PageText,
  TextPart,
} from '../../../src/shared/protocol';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/shared/settings';

type Listener = (message: unknown, sender: Runtime.MessageSender) => Promise<unknown> | undefined;
type BackgroundHandler = (payload: unknown) => unknown;

export interface FakeBrowser {
  browser: Browser;
  /** Requests the content script sent, in order. */
  sent: Envelope<BackgroundMethods>[];
  handlers: Partial<Record<keyof BackgroundMethods, BackgroundHandler>>;
  settings: Settings;
  /** Calls the content script as the popup would; resolves with its unwrapped answer. */
  callContent<K extends keyof ContentMethods>(
    method: K,
    payload: ContentMethods[K][0],
  ): Promise<ContentMethods[K][1]>;
  listeners: Set<Listener>;
  /** From now on every call fails the way a reloaded extension's old content script sees it. */
  invalidate(): void;
  /** The keys of the UI strings asked for, in order (the fake knows none: English is used). */
  strings: string[];
}

export function createFakeBrowser(analyze: (page: PageText) => Analysis): FakeBrowser {
  const listeners = new Set<Listener>();
  const sent: Envelope<BackgroundMethods>[] = [];
  const strings: string[] = [];
  const uploads = new Map<string, string[]>();
  let invalidated = false;
  const fake: FakeBrowser = {
    sent,
    strings,
    listeners,
    settings: structuredClone(DEFAULT_SETTINGS),
    handlers: {},
    browser: {
      i18n: {
        getMessage: (key: string) => {
          strings.push(key);
          return '';
        },
      },
      runtime: {
        id: 'backstory-test',
        sendMessage: async (message: unknown) => {
          if (invalidated) throw new Error('Extension context invalidated.');
          const envelope = message as Envelope<BackgroundMethods>;
          sent.push(envelope);
          const handler =
            fake.handlers[envelope.method] ??
            ((payload: unknown) => {
              switch (envelope.method) {
                case 'getSettings':
                  return fake.settings;
                case 'sendTextPart': {
                  const part = payload as TextPart;
                  const parts = uploads.get(part.upload) ?? [];
                  parts[part.index] = part.text;
                  uploads.set(part.upload, parts);
                  return null;
                }
                case 'analyzePage': {
                  // A long text came ahead in pieces: joined as the background joins them.
                  const page = payload as PageText;
                  const text = page.upload ? (uploads.get(page.upload.id) ?? []).join('') : page.text;
                  return analyze({ ...page, text });
                }
                case 'getCard':
                  return { status: 'not-found' };
                case 'reportNoArticle':
                  return null;
                default:
                  throw new Error(`unexpected ${envelope.method}`);
              }
            });
          try {
            const value = await handler(envelope.payload);
            // The background answers an analysis with its mentions as offsets (`analysis-wire.ts`).
            return ok(envelope.method === 'analyzePage' ? toWire(value as Analysis) : value);
          } catch (error) {
            return fail(error);
          }
        },
        onMessage: {
          addListener: (l: Listener) => listeners.add(l),
          removeListener: (l: Listener) => listeners.delete(l),
          hasListener: (l: Listener) => listeners.has(l),
        },
      },
    } as unknown as Browser,
    async callContent(method, payload) {
      const envelope = { backstory: 1, method, payload };
      for (const listener of listeners) {
        const reply = listener(envelope, { id: 'backstory-test' } as Runtime.MessageSender);
        if (reply) {
          const result = (await reply) as Result<ContentMethods[typeof method][1]>;
          if (!result.ok) throw new Error(result.error);
          return result.value;
        }
      }
      throw new Error('No content script answered');
    },
    invalidate() {
      invalidated = true;
    },
  };
  return fake;
}

/** A stand-in for the pipeline: every occurrence of the listed names becomes a mention. */
export function analysisByNames(names: [name: string, type: EntityType, description?: string][]) {
  return (page: PageText): Analysis => {
    const entities: Entity[] = [];
    for (const [name, type, description] of names) {
      const mentions = [];
      for (let at = page.text.indexOf(name); at >= 0; at = page.text.indexOf(name, at + name.length)) {
        mentions.push({ start: at, end: at + name.length, text: name });
      }
      if (mentions.length === 0) continue;
      entities.push({
        id: `e-${name.toLowerCase().replace(/\W+/g, '-')}`,
        type,
        name,
        aliases: [name],
        mentions,
        descriptions: description ? [description] : [],
        firstContext: name,
      });
    }
    return { url: page.url, textLength: page.text.length, entities, timeline: [], elapsedMs: 1 };
  };
}
