/**
 * The one script every page runs before first paint (see ThemeBoot.astro):
 * marks that JavaScript is on, applies a stored light/dark choice so the page
 * never flashes the wrong theme, and remembers the reader's language for the
 * root chooser (on pages marked `data-remember-lang`).
 *
 * It is inline and not processed by Astro, so its hash is added to the
 * Content-Security-Policy from here (astro.config.mjs): keep it one constant string.
 */
export const BOOT_SCRIPT =
  "(function(){var r=document.documentElement;r.classList.add('js');try{var t=localStorage.getItem('theme');" +
  "if(t==='light'||t==='dark')r.dataset.theme=t;var l=r.dataset.rememberLang;if(l)localStorage.setItem('lang',l)}catch(e){}})();";
