/**
 * The two choices about what leaves the device, asked the same way on the settings page and on the
 * first-run page: whether names are looked up on Wikipedia, and in which edition.
 */
import { t } from '../shared/i18n';
import { Switch } from '../popup/components/Switch';
import { WIKIPEDIA_LANGUAGES } from './wikipedia-languages';

export interface LookupFieldsProps {
  /** Prefix of the controls' ids, so two pages (or two copies) never share one. */
  idPrefix?: string;
  lookups: boolean;
  onLookupsChange(on: boolean): void;
  wikipediaLang: string;
  onWikipediaLangChange(code: string): void;
}

/**
 * The offered editions. A stored code missing from the list (set by an older version or by hand)
 * is offered too, so the select shows what is saved rather than silently the first edition.
 */
export function wikipediaLanguageOptions(current: string): readonly { code: string; name: string }[] {
  return WIKIPEDIA_LANGUAGES.some((lang) => lang.code === current)
    ? WIKIPEDIA_LANGUAGES
    : [...WIKIPEDIA_LANGUAGES, { code: current, name: current }];
}

/** The lookups switch, then the Wikipedia edition (disabled while lookups are off). */
export function LookupFields({
  idPrefix = '',
  lookups,
  onLookupsChange,
  wikipediaLang,
  onWikipediaLangChange,
}: LookupFieldsProps) {
  const langId = `${idPrefix}wikipedia-lang`;
  return (
    <>
      <div class="field">
        <Switch
          id={`${idPrefix}lookups`}
          checked={lookups}
          onChange={onLookupsChange}
          hint={t('lookupsHint')}
        >
          {t('lookupsLabel')}
        </Switch>
      </div>
      <div class="field">
        <label for={langId} class="field-label">
          {t('wikipediaLangLabel')}
        </label>
        <p class="field-hint" id={`${langId}-hint`}>
          {t('wikipediaLangHint')}
        </p>
        <select
          id={langId}
          aria-describedby={`${langId}-hint`}
          value={wikipediaLang}
          disabled={!lookups}
          onChange={(event) => onWikipediaLangChange(event.currentTarget.value)}
        >
          {wikipediaLanguageOptions(wikipediaLang).map((lang) => (
            <option key={lang.code} value={lang.code} lang={lang.code}>
              {lang.name} ({lang.code})
            </option>
          ))}
        </select>
      </div>
    </>
  );
}
