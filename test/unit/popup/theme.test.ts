import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ENTITY_TYPES } from '../../../src/core/types';
import { TYPE_COLOURS } from '../../../src/ui/theme';

const css = readFileSync(new URL('../../../src/popup/theme.css', import.meta.url), 'utf8');

describe('popup/theme.css', () => {
  it.each(ENTITY_TYPES)('uses the page highlight colours for %s', (type) => {
    expect(css).toContain(`--h-${type}: ${TYPE_COLOURS[type].accent};`);
    expect(css).toContain(`--h-${type}-tint: ${TYPE_COLOURS[type].tint};`);
  });
});
