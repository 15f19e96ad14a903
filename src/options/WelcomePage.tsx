/**
 * First run. Says what Backstory marks and exactly what leaves the device (only names, only to
 * Wikipedia and Wikidata, or nothing), and lets the reader choose, including where Backstory reads:
 * "on every site" (the browser asks to confirm access to every http(s) page) or "only on sites I
 * choose" (nothing is granted; each site is turned on with one click from the toolbar popup). Host
 * access is optional in both browsers, so nothing is read before this choice.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { ENTITY_TYPES, type EntityType } from '../core/types';
import { getBrowser } from '../shared/browser';
import { t, type MessageKey } from '../shared/i18n';
import { callBackground } from '../shared/messaging';
import { DEFAULT_SETTINGS } from '../shared/settings';
import { accessChoiceOf, ALL_SITES, type AccessChoice } from '../shared/site-access';
import { Switch } from '../popup/components/Switch';
import { groupLabel } from '../ui/strings';
import { LookupFields } from './LookupFields';
import { Mark, MarkStyles } from './MarkLegend';
import { WIKIPEDIA_LANGUAGES } from './wikipedia-languages';

/** The browser's interface language (`fr-FR`), or undefined outside an extension. */
function uiLanguage(): string | undefined {
  try {
    return getBrowser().i18n.getUILanguage();
  } catch {
    return undefined;
  }
}

/** The Wikipedia edition for a browser language: `fr-FR` reads French Wikipedia; unknown ones, English. */
export function wikipediaEditionFor(language: string | undefined): string {
  const code = (language ?? '').toLowerCase().split(/[-_]/)[0] ?? '';
  // Norwegian Bokmål's Wikipedia is `no`; the browser says `nb`.
  const edition = code === 'nb' ? 'no' : code;
  return WIKIPEDIA_LANGUAGES.some((lang) => lang.code === edition) ? edition : DEFAULT_SETTINGS.wikipediaLang;
}

/** What the browser allows after the reader's choice: every site, refused, or sites one by one. */
type Access = 'unknown' | 'granted' | 'denied' | 'chosen';

const SAMPLES: readonly [EntityType, MessageKey][] = [
  ['person', 'samplePerson'],
  ['organization', 'sampleOrganization'],
  ['place', 'samplePlace'],
  ['event', 'sampleEvent'],
];

/**
 * The sample sentence with each name marked as the page marks it. The translated sentence decides
 * where the names go, so they are substituted as markers first and split out afterwards.
 */
function SampleSentence() {
  const markers = SAMPLES.map((_, i) => `\u0001${i}\u0002`);
  const parts = t('sampleSentence', markers).split(/\u0001(\d)\u0002/);
  return (
    <>
      {parts.map((part, i) => {
        if (i % 2 === 0) return part;
        const sample = SAMPLES[Number(part)];
        if (!sample) return null;
        return (
          <Mark key={i} type={sample[0]}>
            {t(sample[1])}
          </Mark>
        );
      })}
    </>
  );
}

export function WelcomePage() {
  const [lookups, setLookups] = useState(DEFAULT_SETTINGS.lookups);
  const [storyMemory, setStoryMemory] = useState(false);
  const [wikipediaLang, setWikipediaLang] = useState(() => wikipediaEditionFor(uiLanguage()));
  const [access, setAccess] = useState<Access>('unknown');
  const [choice, setChoice] = useState<AccessChoice>('every-site');
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);
  // Stored settings arrive asynchronously; they must not undo a choice the reader already made.
  const touched = useRef(false);
  const chooseLookups = (on: boolean): void => {
    touched.current = true;
    setLookups(on);
  };
  const chooseStoryMemory = (on: boolean): void => {
    touched.current = true;
    setStoryMemory(on);
  };

  useEffect(() => {
    getBrowser()
      .permissions.getAll()
      .then(({ origins }) => {
        if (accessChoiceOf(origins) === 'every-site') setAccess('granted');
      })
      .catch(() => undefined);
    callBackground('getSettings', {})
      .then((settings) => {
        if (touched.current) return;
        setLookups(settings.lookups);
        setStoryMemory(settings.storyMemory === true);
        // A language chosen before wins over the browser's; the default does not.
        if (settings.wikipediaLang !== DEFAULT_SETTINGS.wikipediaLang)
          setWikipediaLang(settings.wikipediaLang);
      })
      .catch(() => undefined);
  }, []);

  const finish = (): void => {
    // The permission prompt must be requested inside the click itself, before any await:
    // browsers drop requests that no longer carry the user's gesture.
    const request: Promise<Access> =
      choice === 'chosen-sites'
        ? // Sites one by one: give back access to every site if it was granted before.
          getBrowser()
            .permissions.remove({ origins: ALL_SITES })
            .catch(() => false)
            .then(() => 'chosen')
        : access === 'granted'
          ? Promise.resolve('granted')
          : getBrowser()
              .permissions.request({ origins: ALL_SITES })
              .catch(() => false)
              .then((granted) => (granted ? 'granted' : 'denied'));
    void request.then(async (result) => {
      setAccess(result);
      try {
        await callBackground('updateSettings', { lookups, storyMemory, wikipediaLang });
        setSaved(true);
        setError(null);
      } catch (failure) {
        setError(failure instanceof Error ? failure.message : String(failure));
      }
    });
  };

  return (
    <main class="page welcome">
      <header class="page-header">
        <img src="icons/icon-128.png" alt="" width={64} height={64} />
        <div>
          <h1>{t('welcomeTitle')}</h1>
          <p class="lead">{t('welcomeLead')}</p>
        </div>
      </header>

      <section class="panel-card" aria-labelledby="welcome-highlight">
        <h2 id="welcome-highlight">{t('welcomeHighlightTitle')}</h2>
        <MarkStyles />
        <p class="sample-sentence">
          <SampleSentence />
        </p>
        <ul class="sample-types" aria-label={t('welcomeHighlightTitle')}>
          {ENTITY_TYPES.map((type) => (
            <li key={type} class={`type--${type}`}>
              <span class="type-swatch" aria-hidden="true" />
              {groupLabel(type)}
            </li>
          ))}
        </ul>
        <p class="field-hint">{t('welcomeHighlightBody')}</p>
      </section>

      <section class="panel-card" aria-labelledby="welcome-sent">
        <h2 id="welcome-sent">{t('welcomeSentTitle')}</h2>
        <ul class="privacy-points">
          <li>{t('welcomeSentArticle')}</li>
          <li>{t('welcomeSentNames')}</li>
          <li>{t('welcomeSentNothing')}</li>
        </ul>
      </section>

      <section class="panel-card" aria-labelledby="welcome-choices">
        <h2 id="welcome-choices">{t('welcomeChoicesTitle')}</h2>
        <LookupFields
          idPrefix="welcome-"
          lookups={lookups}
          onLookupsChange={chooseLookups}
          wikipediaLang={wikipediaLang}
          onWikipediaLangChange={(code) => {
            touched.current = true;
            setWikipediaLang(code);
          }}
        />
        <div class="field">
          <Switch
            id="welcome-story-memory"
            checked={storyMemory}
            onChange={chooseStoryMemory}
            hint={t('welcomeStoryMemoryHint')}
          >
            {t('storyMemoryLabel')}
          </Switch>
        </div>
        <fieldset class="field access-choice">
          <legend class="field-label">{t('welcomeAccessTitle')}</legend>
          <p class="field-hint">{t('welcomeAccessBody')}</p>
          {(
            [
              ['every-site', 'welcomeAccessEverySite', 'welcomeAccessEverySiteHint'],
              ['chosen-sites', 'welcomeAccessChosenSites', 'welcomeAccessChosenSitesHint'],
            ] as const
          ).map(([value, label, hint]) => (
            <label key={value} class="access-option">
              <input
                type="radio"
                name="welcome-access"
                id={`welcome-access-${value}`}
                value={value}
                checked={choice === value}
                onChange={() => setChoice(value)}
                aria-describedby={`welcome-access-${value}-hint`}
              />
              <span>
                <span class="access-option-label">{t(label)}</span>
                <span class="field-hint" id={`welcome-access-${value}-hint`}>
                  {t(hint)}
                </span>
              </span>
            </label>
          ))}
          {access === 'chosen' && (
            <p class="access access--granted" data-access="chosen">
              {t('welcomeAccessChosen')}
            </p>
          )}
          {access === 'granted' && (
            <p class="access access--granted" data-access="granted">
              {t('welcomeAccessGranted')}
            </p>
          )}
          {access === 'denied' && (
            <p class="access access--denied" data-access="denied">
              {t('welcomeAccessDenied')}
            </p>
          )}
        </fieldset>
      </section>

      <div class="welcome-actions">
        <button type="button" class="button button--primary button--large" onClick={finish}>
          {t('welcomeFinish')}
        </button>
        <a href="options.html">{t('welcomeSettingsLink')}</a>
      </div>
      <p class="welcome-done" role="status" aria-live="polite">
        {saved ? t('welcomeFinished') : ''}
        {error ? t('optionsSaveFailed', error) : ''}
      </p>
    </main>
  );
}
