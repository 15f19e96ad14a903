/** First-run page entry; the background opens welcome.html on install. */
import { render } from 'preact';
import { WelcomePage } from './WelcomePage';
import './welcome.css';
import { applyDocumentLanguage, t } from '../shared/i18n';

applyDocumentLanguage(document);
document.title = t('welcomeTitle');
const root = document.getElementById('app');
if (root) render(<WelcomePage />, root);
