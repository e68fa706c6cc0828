// A Vue 3 app using the three elements (see App.vue). Vue is told which tags are custom
// elements, so it leaves them to the browser.
import { createApp } from 'vue';
import 'news-elements';
import App from './App.vue';

createApp(App).mount('#app');
