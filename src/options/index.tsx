/** Options page entry. */
import { render } from 'preact';
import { OptionsPage } from './OptionsPage';
import './options.css';
import { applyDocumentLanguage, t } from '../shared/i18n';

applyDocumentLanguage(document);
document.title = t('optionsTitle');
const root = document.getElementById('app');
if (root) render(<OptionsPage />, root);
