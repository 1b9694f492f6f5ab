import { type ReactNode, useEffect } from 'react';

const JAPANESE_FALLBACK = 'Tariff Noto Sans JP';

/**
 * Has the page's text shaped again once the console's Japanese web font has loaded. On a machine
 * without a Japanese system font, Chromium keeps text shaped while the font was still loading (the
 * menu, the first heading) as empty boxes even after it arrives. A class on the root changes
 * `font-kerning` (styles.css), which makes the browser shape every text run again, without
 * re-creating any element: a form being filled keeps what was typed. Machines with a Japanese
 * font never load it, so this never happens there.
 */
export function FontReady({ children }: { children: ReactNode }) {
  useEffect(() => {
    const onLoaded = (event: FontFaceSetLoadEvent) => {
      if (event.fontfaces.some((f) => f.family.replaceAll('"', '') === JAPANESE_FALLBACK)) {
        document.documentElement.classList.add('fonts-ready');
      }
    };
    document.fonts.addEventListener('loadingdone', onLoaded);
    return () => document.fonts.removeEventListener('loadingdone', onLoaded);
  }, []);
  return <>{children}</>;
}
