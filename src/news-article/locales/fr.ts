import type { NewsArticleStrings } from '../strings.js';

/** The words of <news-article> in French, loaded on demand (see ../strings.ts). */
const words: NewsArticleStrings = {
  loading: 'Chargement de l’article…',
  errorGeneric: 'L’article n’a pas pu être affiché.',
  errorNetwork: 'L’article n’a pas pu être chargé. Vérifiez votre connexion et réessayez.',
  errorHttp: 'L’article n’a pas pu être chargé (le serveur a répondu {0}).',
  errorTimeout: 'Le chargement de l’article a pris trop de temps.',
  errorTooLarge: 'L’article est trop volumineux pour être affiché.',
  errorParse: 'Les données de l’article sont mal formées et illisibles.',
  errorShape: 'Les données ne contiennent pas d’article.',
  errorUrl: 'L’adresse de l’article n’est pas autorisée.',
  byline: 'Par {0}',
  published: 'Publié',
  updated: 'Mis à jour',
  source: 'Source',
  readingTime: 'Lecture : {0}',
};
export default words;
