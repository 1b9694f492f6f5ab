import { Fragment, type ReactNode, useEffect, useRef, useState } from 'react';

const JAPANESE_FALLBACK = 'Tariff Noto Sans JP';

/**
 * Lays the page out again once the console's Japanese web font has loaded. On a machine without
 * a Japanese system font, Chromium keeps text laid out while the font was still loading (the menu,
 * the first heading) as empty boxes even after it arrives; new elements are drawn right. Re-creating
 * the tree once, at that moment, draws everything with the font. Machines with a Japanese font
 * never load it, so this never happens there. Only the first load counts: a later
 * `document.fonts.load()` of the same face reports it again and must not wipe a form being filled.
 */
export function FontReady({ children }: { children: ReactNode }) {
  const [generation, setGeneration] = useState(0);
  const done = useRef(false);
  useEffect(() => {
    const onLoaded = (event: FontFaceSetLoadEvent) => {
      if (done.current) return;
      if (event.fontfaces.some((f) => f.family.replaceAll('"', '') === JAPANESE_FALLBACK)) {
        done.current = true;
        setGeneration(1);
      }
    };
    document.fonts.addEventListener('loadingdone', onLoaded);
    return () => document.fonts.removeEventListener('loadingdone', onLoaded);
  }, []);
  return <Fragment key={generation}>{children}</Fragment>;
}
