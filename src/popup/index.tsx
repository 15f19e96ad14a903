/**
 * Popup entry. The tab to describe comes from `?tabId=N` when given (tests open the popup in a
 * tab of its own, where the active tab would be the popup itself), else the active tab.
 */
import { render } from 'preact';
import { getBrowser } from '../shared/browser';
import { Popup } from './Popup';
import { tabIdFromQuery } from './popup-status';
import './popup.css';
import { applyDocumentLanguage } from '../shared/i18n';

async function activeTabId(): Promise<number | null> {
  try {
    const [tab] = await getBrowser().tabs.query({ active: true, currentWindow: true });
    return tab?.id ?? null;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  applyDocumentLanguage(document);
  const root = document.getElementById('app');
  if (!root) return;
  const tabId = tabIdFromQuery(location.search) ?? (await activeTabId());
  render(<Popup tabId={tabId} />, root);
}

void main();
