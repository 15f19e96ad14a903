/** Options page entry. */
import { render } from 'preact';
import { OptionsPage } from './OptionsPage';
import './options.css';
import { applyDocumentLanguage, t } from '../shared/i18n';
import { StoryMemoryControls } from '../ui/StoryMemoryControls';

applyDocumentLanguage(document);
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<OptionsPage />, root);

// Export and clear of story memory, in a column of their own below the settings until the
// settings page mounts <StoryMemoryControls /> itself.
if (root) {
  const memory = document.createElement('div');
  memory.className = 'page';
  memory.style.paddingTop = '0';
  root.after(memory);
  render(<StoryMemoryControls />, memory);
}
