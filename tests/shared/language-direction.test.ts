import { expect, fixture, html } from '@open-wc/testing';
import {
  inheritedLang,
  languageDirection,
  normalizeLang,
  resolveLanguage,
} from '../../src/shared/language-direction.js';
import { detectDirection } from '../../src/shared/text.js';
import { sample } from '../fixtures/sample.js';

const ARABIC = sample.paragraphs[0];
const ENGLISH =
  'Armenia and Azerbaijan are moving towards a truce in Nagorno-Karabakh, the French presidency said.';

describe('language-direction', () => {
  describe('languageDirection', () => {
    it('right-to-left languages', () => {
      for (const lang of ['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']) {
        expect(languageDirection(lang), lang).to.equal('rtl');
      }
    });

    it('with regions, in any case, and deprecated tags', () => {
      for (const lang of ['ar-EG', 'ar-SA', 'ar-MA', 'fa-IR', 'he-IL', 'ur-PK', 'AR', 'Ar-eG', 'iw', 'ji']) {
        expect(languageDirection(lang), lang).to.equal('rtl');
      }
    });

    it('less common right-to-left languages, whatever the engine’s own locale data says', () => {
      // WebKit's Intl.Locale text info says ltr for several of these.
      for (const lang of [
        'syr',
        'nqo',
        'glk',
        'bal',
        'sdh',
        'bqi',
        'khw',
        'pnb',
        'azb',
        'arc',
        'mzn',
        'lrc',
      ]) {
        expect(languageDirection(lang), lang).to.equal('rtl');
      }
    });

    it('left-to-right languages', () => {
      for (const lang of [
        'en',
        'en-US',
        'fr',
        'de',
        'tr',
        'az',
        'ku',
        'pa',
        'hi',
        'zh-Hant-TW',
        'ru',
        'sw',
      ]) {
        expect(languageDirection(lang), lang).to.equal('ltr');
      }
    });

    it('a script subtag decides: ar-Latn is ltr, az-Arab rtl', () => {
      expect(languageDirection('ar-Latn')).to.equal('ltr');
      expect(languageDirection('he-Latn')).to.equal('ltr');
      expect(languageDirection('fa-Latn')).to.equal('ltr');
      expect(languageDirection('sd-Deva')).to.equal('ltr');
      for (const lang of ['az-Arab', 'ku-Arab', 'pa-Arab', 'uz-Arab', 'ms-Arab', 'ha-Arab', 'en-Hebr']) {
        expect(languageDirection(lang), lang).to.equal('rtl');
      }
    });

    it('reads underscores, and is ltr for what is not a language tag', () => {
      expect(languageDirection('ar_EG')).to.equal('rtl');
      expect(languageDirection('fa_IR')).to.equal('rtl');
      expect(languageDirection('en_US')).to.equal('ltr');
      expect(languageDirection('')).to.equal('ltr');
      expect(languageDirection('not a language')).to.equal('ltr');
      expect(languageDirection('x')).to.equal('ltr');
    });
  });

  describe('normalizeLang', () => {
    it('canonicalizes case, underscores and white space', () => {
      expect(normalizeLang('ar')).to.equal('ar');
      expect(normalizeLang('AR-eg')).to.equal('ar-EG');
      expect(normalizeLang('ar_EG')).to.equal('ar-EG');
      expect(normalizeLang('  fa-ir \n')).to.equal('fa-IR');
      expect(normalizeLang('zh-hant-tw')).to.equal('zh-Hant-TW');
      expect(normalizeLang('az-arab')).to.equal('az-Arab');
      expect(normalizeLang('ar-u-nu-arab')).to.equal('ar-u-nu-arab');
    });

    it('replaces deprecated tags', () => {
      expect(normalizeLang('iw')).to.equal('he');
      expect(normalizeLang('ji')).to.equal('yi');
    });

    it('is undefined for what is not a usable tag', () => {
      for (const value of [
        '',
        '   ',
        'not a language',
        'ar--EG',
        '12',
        '-',
        null,
        undefined,
        42,
        {},
        ['ar'],
      ]) {
        expect(normalizeLang(value), JSON.stringify(value)).to.equal(undefined);
      }
    });
  });

  describe('inheritedLang', () => {
    it('is the nearest ancestor’s lang, normalized, not the element’s own', async () => {
      const root = await fixture<HTMLDivElement>(html`
        <div lang="fr">
          <section lang="AR_eg">
            <p lang="en"><span id="target" lang="de">x</span></p>
          </section>
          <p><span id="other">y</span></p>
        </div>
      `);
      expect(inheritedLang(root.querySelector('#target') as Element)).to.equal('en');
      expect(inheritedLang(root.querySelector('#target')?.parentElement as Element)).to.equal('ar-EG');
      expect(inheritedLang(root.querySelector('#other') as Element)).to.equal('fr');
    });

    it('crosses shadow roots to the host’s ancestors', async () => {
      const root = await fixture<HTMLDivElement>(html`<div lang="ar"><div id="host"></div></div>`);
      const host = root.querySelector('#host') as HTMLElement;
      const outerShadow = host.attachShadow({ mode: 'open' });
      outerShadow.innerHTML = '<div><span id="inner"></span><div id="host2"></div></div>';
      const inner = outerShadow.querySelector('#inner') as Element;
      expect(inheritedLang(inner)).to.equal('ar');

      // Two shadow roots deep, and a closed one.
      const host2 = outerShadow.querySelector('#host2') as HTMLElement;
      const innerShadow = host2.attachShadow({ mode: 'closed' });
      innerShadow.innerHTML = '<p><b></b></p>';
      expect(inheritedLang(innerShadow.querySelector('b') as Element)).to.equal('ar');
      // A direct child of the shadow root.
      expect(inheritedLang(innerShadow.querySelector('p') as Element)).to.equal('ar');

      // A lang inside the shadow tree is nearer.
      const section = document.createElement('section');
      section.lang = 'he';
      const deep = document.createElement('i');
      section.append(deep);
      innerShadow.append(section);
      expect(inheritedLang(deep)).to.equal('he');
    });

    it('reaches the document element', () => {
      const doc = document.implementation.createHTMLDocument('');
      doc.documentElement.setAttribute('lang', 'fa-IR');
      const div = doc.createElement('div');
      doc.body.append(div);
      expect(inheritedLang(div)).to.equal('fa-IR');
    });

    it('is undefined with no lang anywhere, and for a detached element', () => {
      const doc = document.implementation.createHTMLDocument('');
      const div = doc.createElement('div');
      doc.body.append(div);
      expect(inheritedLang(div)).to.equal(undefined);
      expect(inheritedLang(document.createElement('span'))).to.equal(undefined);
    });

    it('stops at lang="": the language is unknown there (HTML), not the one further up', async () => {
      const root = await fixture<HTMLDivElement>(html`
        <div lang="en">
          <section lang=""><span id="target">x</span></section>
        </div>
      `);
      expect(inheritedLang(root.querySelector('#target') as Element)).to.equal(undefined);
    });
  });

  describe('resolveLanguage', () => {
    it('the article’s language decides the direction', () => {
      expect(resolveLanguage({ lang: 'ar' })).to.deep.equal({ lang: 'ar', dir: 'rtl' });
      expect(resolveLanguage({ lang: 'ar_SA' })).to.deep.equal({ lang: 'ar-SA', dir: 'rtl' });
      expect(resolveLanguage({ lang: 'en' })).to.deep.equal({ lang: 'en', dir: 'ltr' });
      expect(resolveLanguage({ lang: 'az-Arab' })).to.deep.equal({ lang: 'az-Arab', dir: 'rtl' });
      // Over the page's language and the text.
      expect(resolveLanguage({ lang: 'ar', inherited: 'en', text: ENGLISH })).to.deep.equal({
        lang: 'ar',
        dir: 'rtl',
      });
      expect(resolveLanguage({ lang: 'en', inherited: 'ar', text: ARABIC })).to.deep.equal({
        lang: 'en',
        dir: 'ltr',
      });
    });

    it('an explicit dir wins over the language; anything but ltr/rtl is ignored', () => {
      expect(resolveLanguage({ dir: 'ltr', lang: 'ar' })).to.deep.equal({ lang: 'ar', dir: 'ltr' });
      expect(resolveLanguage({ dir: 'rtl', lang: 'en' })).to.deep.equal({ lang: 'en', dir: 'rtl' });
      expect(resolveLanguage({ dir: 'rtl', text: ENGLISH })).to.deep.equal({ lang: undefined, dir: 'rtl' });
      expect(resolveLanguage({ dir: 'auto', lang: 'ar' })).to.deep.equal({ lang: 'ar', dir: 'rtl' });
      expect(resolveLanguage({ dir: 'RTL', lang: 'en' })).to.deep.equal({ lang: 'en', dir: 'ltr' });
      expect(resolveLanguage({ dir: null, lang: 'he' })).to.deep.equal({ lang: 'he', dir: 'rtl' });
    });

    it('an unusable language is ignored', () => {
      expect(resolveLanguage({ lang: 'not a language', inherited: 'ar' })).to.deep.equal({
        lang: 'ar',
        dir: 'rtl',
      });
      expect(resolveLanguage({ lang: '', text: ARABIC })).to.deep.equal({ lang: undefined, dir: 'rtl' });
    });

    it('the page’s language, when the text agrees or says nothing', () => {
      expect(resolveLanguage({ inherited: 'ar' })).to.deep.equal({ lang: 'ar', dir: 'rtl' });
      expect(resolveLanguage({ inherited: 'ar', text: ARABIC })).to.deep.equal({ lang: 'ar', dir: 'rtl' });
      expect(resolveLanguage({ inherited: 'en', text: ENGLISH })).to.deep.equal({ lang: 'en', dir: 'ltr' });
      expect(resolveLanguage({ inherited: 'ar', text: '2020 — 15/10' })).to.deep.equal({
        lang: 'ar',
        dir: 'rtl',
      });
      expect(resolveLanguage({ inherited: 'fa_IR', text: '' })).to.deep.equal({ lang: 'fa-IR', dir: 'rtl' });
    });

    it('never claims the page’s language for text in a script of the other direction', () => {
      // An Arabic article without a language inside an English page stays right-to-left.
      expect(resolveLanguage({ inherited: 'en', text: ARABIC })).to.deep.equal({
        lang: undefined,
        dir: 'rtl',
      });
      expect(resolveLanguage({ inherited: 'ar', text: ENGLISH })).to.deep.equal({
        lang: undefined,
        dir: 'ltr',
      });
    });

    it('nor with an explicit dir: the language still does not describe the text', () => {
      expect(resolveLanguage({ dir: 'rtl', inherited: 'ar', text: ARABIC })).to.deep.equal({
        lang: 'ar',
        dir: 'rtl',
      });
      expect(resolveLanguage({ dir: 'rtl', inherited: 'ar' })).to.deep.equal({ lang: 'ar', dir: 'rtl' });
      expect(resolveLanguage({ dir: 'rtl', inherited: 'en', text: ARABIC })).to.deep.equal({
        lang: undefined,
        dir: 'rtl',
      });
      expect(resolveLanguage({ dir: 'ltr', inherited: 'ar', text: ENGLISH })).to.deep.equal({
        lang: undefined,
        dir: 'ltr',
      });
    });

    it('otherwise the text, else ltr', () => {
      expect(resolveLanguage({ text: ARABIC })).to.deep.equal({ lang: undefined, dir: 'rtl' });
      expect(resolveLanguage({ text: ENGLISH })).to.deep.equal({ lang: undefined, dir: 'ltr' });
      expect(resolveLanguage({ text: '12345' })).to.deep.equal({ lang: undefined, dir: 'ltr' });
      expect(resolveLanguage({})).to.deep.equal({ lang: undefined, dir: 'ltr' });
    });
  });

  describe('detectDirection', () => {
    it('an Arabic paragraph that starts with "Google" stays rtl', () => {
      expect(
        detectDirection('Google تعلن عن تحديث جديد لمحرك البحث يشمل المواقع العربية في المنطقة'),
      ).to.equal('rtl');
      expect(detectDirection('iPhone 12 من Apple يصل إلى الأسواق العربية الأسبوع المقبل')).to.equal('rtl');
    });

    it('the sample article is rtl, paragraph by paragraph and whole', () => {
      expect(detectDirection(sample.headline)).to.equal('rtl');
      expect(detectDirection(sample.subheadline)).to.equal('rtl');
      for (const paragraph of sample.paragraphs)
        expect(detectDirection(paragraph), paragraph).to.equal('rtl');
      expect(detectDirection(sample.paragraphs.join('\n'))).to.equal('rtl');
    });

    it('English with an Arabic name in it stays ltr', () => {
      expect(detectDirection(ENGLISH)).to.equal('ltr');
      expect(
        detectDirection('President Ilham Aliyev (إلهام علييف) said his country would not make concessions'),
      ).to.equal('ltr');
    });

    it('Hebrew, Persian and Urdu are rtl', () => {
      expect(detectDirection('ארמניה ואזרבייג׳ן בדרך להפסקת אש')).to.equal('rtl');
      expect(detectDirection('ارمنستان و آذربایجان به سوی آتش‌بس می‌روند')).to.equal('rtl');
      expect(detectDirection('آرمینیا اور آذربائیجان جنگ بندی کی طرف')).to.equal('rtl');
    });

    it('scripts outside the BMP and vowel marks count as their letters do', () => {
      // Adlam (Fulani), written right to left, is outside the BMP.
      expect(detectDirection('𞤀𞤣𞤤𞤢𞤥 𞤆𞤵𞤤𞤢𞤪')).to.equal('rtl');
      expect(detectDirection('𞤀𞤣𞤤𞤢𞤥 is a script')).to.equal('ltr');
      // Fully vowelled Arabic: the marks are not letters, the letters are still Arabic.
      expect(detectDirection('بِسْمِ ٱللَّٰهِ ٱلرَّحْمَٰنِ ٱلرَّحِيمِ and a few English words')).to.equal('rtl');
    });

    it('is undefined without letters (digits and punctuation are not strong)', () => {
      expect(detectDirection('')).to.equal(undefined);
      expect(detectDirection('   ')).to.equal(undefined);
      expect(detectDirection('2020-10-09 — 19:30!')).to.equal(undefined);
      expect(detectDirection('٢٠٢٠/١٠/٠٩')).to.equal(undefined);
    });
  });
});
