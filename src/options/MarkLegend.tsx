/**
 * What the highlights on a page mean, drawn with the page's own stylesheet (`ui/mark-css.ts`) and the
 * same `<backstory-mark>` element, so the legend cannot drift from what the page shows.
 */
import { h, type ComponentChildren } from 'preact';
import { ENTITY_TYPES, type EntityType } from '../core/types';
import { t } from '../shared/i18n';
import { MARK_CSS, MARK_TAG } from '../ui/mark-css';
import { groupLabel } from '../ui/strings';

interface MarkProps {
  type: EntityType;
  /** Drawn as while its card is open. */
  active?: boolean;
  children: ComponentChildren;
}

/** One highlight exactly as the content script draws it (without focus: it opens no card here). */
export function Mark({ type, active, children }: MarkProps) {
  return h(
    MARK_TAG,
    { 'data-backstory-type': type, 'data-backstory-active': active ? '' : undefined },
    children,
  );
}

/** The page's highlight stylesheet, for a page that shows highlights. */
export function MarkStyles() {
  return <style>{MARK_CSS}</style>;
}

export function MarkLegend() {
  return (
    <div class="field mark-legend" id="marks-legend">
      <MarkStyles />
      <p class="field-label">{t('legendTitle')}</p>
      <dl class="legend-rows">
        <div class="legend-row">
          <dt class="legend-sample">
            {ENTITY_TYPES.map((type) => (
              <span key={type} class="legend-type">
                <Mark type={type}>{groupLabel(type)}</Mark>
              </span>
            ))}
          </dt>
          <dd>{t('legendAtRest')}</dd>
        </div>
        <div class="legend-row">
          <dt class="legend-sample">
            <Mark type="person" active>
              {t('samplePerson')}
            </Mark>
          </dt>
          <dd>{t('legendActive')}</dd>
        </div>
        <div class="legend-row">
          <dt class="legend-sample legend-headline">
            {/* The same headline marker news pages use, so the page's heading rule applies. */}
            <span itemprop="headline">
              <Mark type="place">{t('samplePlace')}</Mark>
            </span>
          </dt>
          <dd>{t('legendHeadline')}</dd>
        </div>
        <div class="legend-row">
          <dt class="legend-sample">
            {/* A link to this legend: it shows the page's link look and goes nowhere. */}
            <a href="#marks-legend" tabIndex={-1} class="legend-link">
              <Mark type="organization">{t('sampleOrganization')}</Mark>
            </a>
          </dt>
          <dd>{t('legendInLink')}</dd>
        </div>
      </dl>
    </div>
  );
}
