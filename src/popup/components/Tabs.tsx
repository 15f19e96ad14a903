/**
 * A WAI-ARIA tablist: arrow keys, Home and End move between tabs (and select them, as in the
 * "automatic activation" pattern), Tab moves into the panel.
 */
import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';

export interface TabSpec<K extends string> {
  key: K;
  label: ComponentChildren;
}

export interface TabsProps<K extends string> {
  tabs: readonly TabSpec<K>[];
  selected: K;
  onSelect(key: K): void;
  label: string;
  idPrefix: string;
}

export const tabId = (prefix: string, key: string): string => `${prefix}-tab-${key}`;
export const panelId = (prefix: string, key: string): string => `${prefix}-panel-${key}`;

export function Tabs<K extends string>({ tabs, selected, onSelect, label, idPrefix }: TabsProps<K>) {
  const list = useRef<HTMLDivElement>(null);

  const move = (event: KeyboardEvent, index: number): void => {
    const last = tabs.length - 1;
    const target =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : null;
    if (target === null) return;
    event.preventDefault();
    const next = tabs[target];
    if (!next) return;
    onSelect(next.key);
    list.current?.querySelector<HTMLElement>(`#${tabId(idPrefix, next.key)}`)?.focus();
  };

  return (
    <div class="tabs" role="tablist" aria-label={label} ref={list}>
      {tabs.map((tab, index) => {
        const isSelected = tab.key === selected;
        return (
          <button
            key={tab.key}
            type="button"
            role="tab"
            class="tab"
            id={tabId(idPrefix, tab.key)}
            aria-selected={isSelected}
            aria-controls={panelId(idPrefix, tab.key)}
            tabIndex={isSelected ? 0 : -1}
            onClick={() => onSelect(tab.key)}
            onKeyDown={(event) => move(event, index)}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
