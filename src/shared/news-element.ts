import { LitElement } from 'lit';
import { newsElement } from './news-element-base.js';

/** The base of the elements that render with lit-html templates (see newsElement). */
export abstract class NewsElement extends newsElement(LitElement) {}
