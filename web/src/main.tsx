import { render } from 'preact';
import { shareTokenFromLocation } from './api';
import { App } from './app';
import './styles.css';

render(<App token={shareTokenFromLocation()} />, document.getElementById('app')!);
