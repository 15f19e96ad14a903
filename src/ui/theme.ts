/**
 * Colours per entity type, one source for the page highlights and the card. Mid-tone hues with a
 * translucent tint read on light and dark pages alike: the tint mixes with whatever background the
 * page has, and the page's own text colour is kept.
 */
import type { EntityType } from '../core/types';

export interface TypeColour {
  /** Underline and badge colour. */
  accent: string;
  /** Soft background behind a highlighted mention. */
  tint: string;
  /** Stronger tint for hover, focus and the "flash" when the popup jumps to a mention. */
  tintStrong: string;
}

export const TYPE_COLOURS: Record<EntityType, TypeColour> = {
  person: { accent: '#3b82f6', tint: 'rgba(59, 130, 246, 0.16)', tintStrong: 'rgba(59, 130, 246, 0.34)' },
  organization: {
    accent: '#a855f7',
    tint: 'rgba(168, 85, 247, 0.15)',
    tintStrong: 'rgba(168, 85, 247, 0.32)',
  },
  place: { accent: '#10b981', tint: 'rgba(16, 185, 129, 0.17)', tintStrong: 'rgba(16, 185, 129, 0.34)' },
  event: { accent: '#f59e0b', tint: 'rgba(245, 158, 11, 0.2)', tintStrong: 'rgba(245, 158, 11, 0.4)' },
};
