declare const __APP_VERSION__: string;

/** This build's version (package.json's, set by Vite at build time). */
export const APP_VERSION: string = __APP_VERSION__;
