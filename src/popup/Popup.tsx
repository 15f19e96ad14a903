/**
 * The toolbar popup: what Backstory found on one tab. It renders whatever the background already
 * knows at once, says plainly when there is nothing to show and why, and never waits on the network.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { Analysis } from '../core/types';
import { getBrowser } from '../shared/browser';
import { plural, t, type MessageKey } from '../shared/i18n';
import { callBackground } from '../shared/messaging';
import { isSiteEnabled, type Settings } from '../shared/settings';
import { formatDate } from '../ui/format-date';
import { StoryTimeline } from '../ui/StoryTimeline';
import { Switch } from './components/Switch';
import { panelId, tabId as tabElementId, Tabs } from './components/Tabs';
import { EntityList } from './EntityList';
import { readableHost } from '../shared/url';
import { popupStatus, type PopupStatusKind } from './popup-status';
import { Timeline } from './Timeline';
import { useTabFacts } from './use-tab-facts';
import { ALL_SITES, sitePatterns } from '../shared/site-access';

type PanelKey = 'entities' | 'timeline';

function useOnline(): boolean {
  const [online, setOnline] = useState(() => (typeof navigator === 'undefined' ? true : navigator.onLine));
  useEffect(() => {
    const update = (): void => setOnline(navigator.onLine);
    addEventListener('online', update);
    addEventListener('offline', update);
    return () => {
      removeEventListener('online', update);
      removeEventListener('offline', update);
    };
  }, []);
  return online;
}

function openOptions(): void {
  void getBrowser()
    .runtime.openOptionsPage()
    .catch(() => undefined);
  // The popup stays open over the new tab in some browsers; close it so the options are seen.
  if (typeof window !== 'undefined' && window.location.protocol.endsWith('extension:')) window.close();
}

const STATE_TEXT: Partial<Record<PopupStatusKind, [MessageKey, MessageKey]>> = {
  analyzing: ['stateAnalyzingTitle', 'stateAnalyzingBody'],
  'nothing-found': ['stateNothingTitle', 'stateNothingBody'],
  'other-language': ['stateOtherLanguageTitle', 'stateOtherLanguageBody'],
  'no-article': ['stateNoArticleTitle', 'stateNoArticleBody'],
  unsupported: ['stateUnsupportedTitle', 'stateUnsupportedBody'],
  disabled: ['stateDisabledTitle', 'stateDisabledBody'],
  'no-access': ['stateNoAccessTitle', 'stateNoAccessBody'],
  unreadable: ['stateUnreadableTitle', 'stateUnreadableBody'],
};

interface StateMessageProps {
  kind: PopupStatusKind;
  /** Other wording for the same state (a site that is off because everything is paused). */
  text?: [MessageKey, MessageKey];
  children?: ComponentChildren;
}

function StateMessage({ kind, text = STATE_TEXT[kind], children }: StateMessageProps) {
  if (!text) return null;
  return (
    <div class={`state state--${kind}`} role="status" data-state={kind}>
      {kind === 'analyzing' && <span class="spinner" aria-hidden="true" />}
      <p class="state-title">{t(text[0])}</p>
      <p class="state-body">{t(text[1])}</p>
      {children}
    </div>
  );
}

/** The popup's heading: the article's title for screen readers; the page already shows it to the eye. */
function PageHeading({ analysis }: { analysis?: Analysis }) {
  return <h1 class="visually-hidden">{analysis?.title || t('extName')}</h1>;
}

/** Where the article comes from and when it was published, in the footer line. */
function PageMeta({ analysis }: { analysis: Analysis }) {
  const site = analysis.site || readableHost(analysis.url);
  const published = analysis.published?.date;
  return (
    <>
      {site && <span class="page-site">{site}</span>}
      {published && (
        <span class="page-date">
          <time dateTime={published}>{formatDate(published, 'day')}</time>
        </span>
      )}
    </>
  );
}

/**
 * Wikipedia's short descriptions the background already has for this page's entities (never a new
 * lookup); none until they arrive, or when the background cannot say.
 */
function useKnownDescriptions(tabId: number | null, analysis: Analysis | undefined): Record<string, string> {
  const [descriptions, setDescriptions] = useState<Record<string, string>>({});
  // A page state asked for again is a new object for the same analysis: ask again only for a new one.
  const page = analysis ? `${analysis.url} ${analysis.entities.map((e) => e.id).join(' ')}` : null;
  useEffect(() => {
    setDescriptions({});
    if (tabId === null || page === null) return;
    let current = true;
    callBackground('knownDescriptions', { tabId }).then(
      (known) => current && setDescriptions(known),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [tabId, page]);
  return descriptions;
}

export interface PopupProps {
  /** The tab to describe; null when there is none we could find. */
  tabId: number | null;
}

export function Popup({ tabId }: PopupProps) {
  const { facts, update, refresh, retry } = useTabFacts(tabId);
  const [panel, setPanel] = useState<PanelKey>('entities');
  const [saving, setSaving] = useState(false);
  const [failed, setFailed] = useState(false);
  const online = useOnline();
  const status = popupStatus(facts);
  const analysis = facts.page?.analysis;
  const host = readableHost(analysis?.url ?? facts.url);
  const siteOn = facts.settings && host ? isSiteEnabled(facts.settings, host) : (facts.page?.enabled ?? true);
  const wikipediaDescriptions = useKnownDescriptions(tabId, analysis);

  /** Change a setting through the background; a failure leaves everything as it was and says so. */
  const change = async (call: () => Promise<Settings>): Promise<void> => {
    setSaving(true);
    setFailed(false);
    try {
      update(await call());
      if (!facts.page) refresh();
    } catch {
      setFailed(true);
    } finally {
      setSaving(false);
    }
  };
  const setSite = (enabled: boolean): Promise<void> =>
    host ? change(() => callBackground('setSiteEnabled', { host, enabled })) : Promise.resolve();
  const resume = (): Promise<void> => change(() => callBackground('updateSettings', { paused: false }));

  /**
   * The one-click grant: the reader allows this site (or, with no site known, every site). Asked
   * inside the click, before anything is awaited: browsers grant permissions only from a user gesture.
   * The background then starts Backstory in the open tab, so no reload is needed.
   */
  const grantAccess = (): void => {
    const site = sitePatterns(facts.url ?? analysis?.url);
    const asked = getBrowser().permissions.request({ origins: site.length ? site : ALL_SITES });
    // A site the reader switched off before is switched on with the grant.
    if (!siteOn && host) void setSite(true);
    void asked
      .then((granted) => {
        if (granted) refresh(true);
      })
      .catch(() => undefined);
  };
  const noAccess = facts.hostAccess === false;

  const showSwitch = host !== null && status !== 'unsupported';
  const paused = facts.settings?.paused === true;
  const lookupsOff = facts.settings?.lookups === false;
  const switchOn = siteOn && !paused && !noAccess;

  return (
    <div class="popup" data-status={status}>
      {/* One line: the site switch says what it does on this site; the rest of the height is the list. */}
      <header class="popup-top">
        <PageHeading analysis={analysis} />
        <img class="brand-icon" src="icons/icon-32.png" alt="" width={20} height={20} />
        {showSwitch && host ? (
          <div class="site-switch">
            <Switch
              id="site-switch"
              checked={switchOn}
              disabled={saving || paused}
              onChange={(enabled) => (enabled && noAccess ? grantAccess() : void setSite(enabled))}
              hint={paused ? t('sitePausedHint') : undefined}
            >
              {t(switchOn ? 'siteSwitchLabel' : 'siteSwitchLabelOff', host)}
            </Switch>
          </div>
        ) : (
          <span class="brand">{t('extName')}</span>
        )}
        <button
          type="button"
          class="icon-button"
          aria-label={t('openSettings')}
          title={t('openSettings')}
          onClick={openOptions}
        >
          <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true">
            <path
              fill="currentColor"
              d="M11.3 1.5l.4 2.2c.5.2 1 .5 1.4.8l2.1-.8 1.3 2.2-1.7 1.5c.1.5.1 1.1 0 1.6l1.7 1.5-1.3 2.2-2.1-.8c-.4.3-.9.6-1.4.8l-.4 2.2H8.7l-.4-2.2c-.5-.2-1-.5-1.4-.8l-2.1.8-1.3-2.2 1.7-1.5a5 5 0 0 1 0-1.6L3.5 5.9l1.3-2.2 2.1.8c.4-.3.9-.6 1.4-.8l.4-2.2h2.6zM10 7a3 3 0 1 0 0 6 3 3 0 0 0 0-6z"
              transform="translate(0 1.5)"
            />
          </svg>
        </button>
      </header>

      {failed && (
        <p class="banner banner--error" role="alert">
          {t('changeFailed')}
        </p>
      )}

      {status === 'ready' && (lookupsOff || !online) && (
        <p class="banner" role="note">
          {lookupsOff ? t('bannerLookupsOff') : t('bannerOffline')}
        </p>
      )}

      {status === 'ready' && analysis && tabId !== null ? (
        <main class="panels">
          <Tabs<PanelKey>
            idPrefix="popup"
            label={t('tabsLabel')}
            selected={panel}
            onSelect={setPanel}
            tabs={[
              {
                key: 'entities',
                label: (
                  <>
                    {t('tabEntities')} <span class="tab-count">{analysis.entities.length}</span>
                  </>
                ),
              },
              {
                key: 'timeline',
                label: (
                  <>
                    {t('tabTimeline')} <span class="tab-count">{analysis.timeline.length}</span>
                  </>
                ),
              },
            ]}
          />
          <div
            class="panel"
            role="tabpanel"
            id={panelId('popup', 'entities')}
            aria-labelledby={tabElementId('popup', 'entities')}
            hidden={panel !== 'entities'}
          >
            {panel === 'entities' && (
              <EntityList
                tabId={tabId}
                entities={analysis.entities}
                title={analysis.title}
                wikipediaDescriptions={wikipediaDescriptions}
              />
            )}
          </div>
          <div
            class="panel"
            role="tabpanel"
            id={panelId('popup', 'timeline')}
            aria-labelledby={tabElementId('popup', 'timeline')}
            hidden={panel !== 'timeline'}
          >
            {panel === 'timeline' && (
              <StoryTimeline tabId={tabId} memoryOn={facts.settings?.storyMemory === true}>
                <Timeline
                  tabId={tabId}
                  events={analysis.timeline}
                  entities={analysis.entities}
                  published={analysis.published?.date}
                />
              </StoryTimeline>
            )}
          </div>
        </main>
      ) : (
        <main class="panels">
          <StateMessage
            kind={status}
            text={status === 'disabled' && paused ? ['statePausedTitle', 'statePausedBody'] : undefined}
          >
            {status === 'disabled' && paused && (
              <button
                type="button"
                class="button button--primary"
                disabled={saving}
                onClick={() => void resume()}
              >
                {t('resumeEverywhere')}
              </button>
            )}
            {status === 'no-access' && (
              <button type="button" class="button button--primary" onClick={grantAccess}>
                {t('grantAccess')}
              </button>
            )}
            {status === 'unreadable' && (
              <button type="button" class="button button--primary" onClick={retry}>
                {t('retryReading')}
              </button>
            )}
            {status === 'no-article' && facts.contentAlive === false && (
              <p class="state-body">{t('stateReloadHint')}</p>
            )}
          </StateMessage>
        </main>
      )}

      {status === 'ready' && analysis && (
        <footer class="popup-footer">
          <PageMeta analysis={analysis} />
          <span>
            {plural(analysis.entities.length, 'footerEntitiesOne', 'footerEntitiesOther')} ·{' '}
            {t('footerOnDevice')}
          </span>
        </footer>
      )}
    </div>
  );
}
