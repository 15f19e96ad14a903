/**
 * Content-script entry: starts Backstory in this page. Nothing here may throw into the page.
 */
import { startContentScript } from './content-script';

try {
  startContentScript({ doc: document });
} catch (error) {
  console.warn('[Backstory]', error instanceof Error ? error.message : error);
}
