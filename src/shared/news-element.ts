import { LitElement } from 'lit';
import { newsElement } from './news-element-base.js';

/** The base of the elements that render with lit-html templates (see newsElement). */
export abstract class NewsElement extends newsElement(LitElement) {
  /** Starts loading the words of the language the element would render in; what to wait for. */
  protected abstract _wordsReady(): Promise<unknown> | undefined;

  /**
   * While the words of the element's language load (a few hundred bytes, the first time a page
   * needs them), its update waits, so a French page never shows English first. Asked before
   * every update: a language that changes at run time (the page's, the data's) waits too.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this._wordsReady();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Also waits for words its last update found it needs, and for the update they bring. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    const loading = this._wordsReady();
    return loading ? loading.then(() => this.getUpdateComplete()) : complete;
  }
}
