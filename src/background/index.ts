/**
 * The background entry point: an MV3 service worker in Chrome, a background script in Firefox.
 * Wires the browser to the handlers; all logic lives in the modules it imports.
 */
import type { Recognizer } from '../core/types';
import { getBrowser } from '../shared/browser';
import { callTab, serve } from '../shared/messaging';
import type { BackgroundMethods } from '../shared/protocol';
import { isSamePage } from '../shared/url';
import { analyzeInSlices, createRecognizerInSlices } from './analysis-runner';
import { createContentAccess } from './content-access';
import { createBackground } from './handlers';
import { createKnowledgeCardProvider } from './knowledge-cards';
import { createModelLoader } from './model-loader';
import { createPageStateStore } from './page-states';
import { createSettingsStore } from './settings-store';
import { createStoryMemory } from './story';

const browser = getBrowser();

// Failures nobody awaits (listeners return nothing) are reported once per kind, with what we were
// doing, instead of surfacing as unhandled rejections, or as the same error on every event.
const reported = new Set<string>();
const reportOnce =
  (context: string) =>
  (error: unknown): void => {
    if (reported.has(context)) return;
    reported.add(context);
    console.error(`Backstory background: ${context}`, error);
  };
const loadModel = createModelLoader(
  (input, init) => fetch(input, init),
  () => browser.runtime.getURL('models/ner.json'),
);
let recognizer: Promise<Recognizer> | undefined;
// Read in slices, like the analysis: the first page after a start must not hold up other tabs.
const getRecognizer = (): Promise<Recognizer> =>
  (recognizer ??= loadModel().then((model) => createRecognizerInSlices(model)));

const pages = createPageStateStore(browser.storage.session);
const cards = createKnowledgeCardProvider();
const background = createBackground({
  browser,
  pages,
  settings: createSettingsStore(browser.storage.sync),
  cards,
  stories: createStoryMemory(),
  // In slices: a long article must not keep every other tab waiting for its cards.
  async analyze(page) {
    return analyzeInSlices(
      {
        text: page.text,
        published: page.published,
        url: page.url,
        title: page.title,
        site: page.site,
        ...(page.lang ? { lang: page.lang } : {}),
      },
      await getRecognizer(),
    );
  },
});

serve<BackgroundMethods>(background.handlers);

// The content script runs only on the sites the reader allowed (every site, or the ones chosen).
const contentAccess = createContentAccess(browser, (tabId) =>
  callTab(tabId, 'ping', {}).then(
    () => true,
    () => false,
  ),
);
const syncContentScript = (): Promise<unknown> =>
  contentAccess.sync().catch(reportOnce('could not register the content script'));
void syncContentScript();
browser.permissions.onAdded.addListener((added) => {
  void syncContentScript().then(() =>
    contentAccess.injectInto(added.origins ?? []).catch(reportOnce('could not start on a granted site')),
  );
});
browser.permissions.onRemoved.addListener(() => void syncContentScript());

browser.tabs.onRemoved.addListener((tabId) => void background.forgetTab(tabId));
browser.tabs.onUpdated.addListener((tabId, changeInfo) => {
  if (!changeInfo.url) return;
  const url = changeInfo.url;
  void pages.get(tabId).then((state) => {
    if (state && !isSamePage(state.analysis.url, url)) void background.forgetTab(tabId);
  });
});
browser.runtime.onInstalled.addListener((details) => {
  if (details.reason === 'install') {
    browser.tabs
      .create({ url: browser.runtime.getURL('welcome.html') })
      .catch(reportOnce('could not open the welcome page'));
  }
  cards.pruneCache?.().catch(reportOnce('could not prune the lookup cache'));
});
// Once a browser session is enough for housekeeping.
browser.runtime.onStartup?.addListener(() => {
  cards.pruneCache?.().catch(reportOnce('could not prune the lookup cache'));
});
browser.commands?.onCommand.addListener((command, tab) => {
  if (command !== 'toggle-site') return;
  // Older Firefox versions do not pass the tab; ask for the active one.
  const target = tab
    ? Promise.resolve(tab)
    : browser.tabs.query({ active: true, currentWindow: true }).then((tabs) => tabs[0]);
  target.then((t) => background.toggleSite(t)).catch(reportOnce('could not switch the site on or off'));
});
