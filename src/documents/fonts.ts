import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/**
 * Noto Sans JP from the `@expo-google-fonts/noto-sans-jp` package (installed by `npm ci`): it
 * covers Japanese and Latin, so one family prints both languages. pdfkit embeds only the glyphs
 * a document uses, which keeps a one-page invoice small.
 */
export const FONTS = {
  regular: require.resolve('@expo-google-fonts/noto-sans-jp/400Regular/NotoSansJP_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans-jp/700Bold/NotoSansJP_700Bold.ttf'),
} as const;
