import type { RelatedArticlesStrings } from '../strings.js';

/** The words of <related-articles> in French, loaded on demand (see ../strings.ts). */
const words: RelatedArticlesStrings = {
  heading: 'Articles liés',
  loading: 'Chargement des articles liés…',
  errorGeneric: 'Les articles liés n’ont pas pu être affichés.',
  errorNetwork: 'Les articles liés n’ont pas pu être chargés. Vérifiez votre connexion.',
  errorHttp: 'Les articles liés n’ont pas pu être chargés (le serveur a répondu {0}).',
  errorFeed: 'Le flux des articles liés est illisible.',
};
export default words;
