import type { NewsArticleStrings } from '../strings.js';

/** The words of <news-article> in Hebrew, loaded on demand (see ../strings.ts). */
const words: NewsArticleStrings = {
  loading: 'הכתבה נטענת…',
  errorGeneric: 'לא ניתן להציג את הכתבה.',
  errorNetwork: 'לא ניתן לטעון את הכתבה. בדקו את החיבור ונסו שוב.',
  errorHttp: 'לא ניתן לטעון את הכתבה (השרת השיב {0}).',
  errorTimeout: 'טעינת הכתבה ארכה זמן רב מדי.',
  errorTooLarge: 'הכתבה גדולה מכדי להציג אותה.',
  errorParse: 'נתוני הכתבה פגומים ולא ניתן לקרוא אותם.',
  errorShape: 'הנתונים אינם מכילים כתבה.',
  errorUrl: 'כתובת הכתבה אינה מותרת.',
  byline: 'מאת {0}',
  published: 'פורסם',
  updated: 'עודכן',
  source: 'מקור',
  readingTime: 'זמן קריאה: {0}',
};
export default words;
