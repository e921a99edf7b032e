export { translate, t } from './translate.js';
export { catalog, type MessageKey } from './catalog.js';
export { LANGS, type Lang, type Localized, type MessageRef } from './types.js';
