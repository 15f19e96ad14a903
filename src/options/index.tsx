/** Options page entry. */
import { render } from 'preact';
import { OptionsPage } from './OptionsPage';
import './options.css';

const root = document.getElementById('app');
if (root) render(<OptionsPage />, root);
