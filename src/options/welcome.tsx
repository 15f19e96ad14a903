/** First-run page entry; the background opens welcome.html on install. */
import { render } from 'preact';
import { WelcomePage } from './WelcomePage';
import './welcome.css';

const root = document.getElementById('app');
if (root) render(<WelcomePage />, root);
