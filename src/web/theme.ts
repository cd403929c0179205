// src/web/theme.ts — the Mantine theme: a calm petrol blue, system fonts, modest radii

import { type MantineColorsTuple, createTheme } from '@mantine/core';

const ccq: MantineColorsTuple = ['#e7f4f8', '#d3e7ee', '#a5cedd', '#74b3cb', '#4c9dbc', '#3290b3', '#2289b0', '#10769b', '#066a8f', '#005c7d'];

export const theme = createTheme({
  primaryColor: 'ccq',
  primaryShade: 8,
  colors: { ccq },
  defaultRadius: 'sm',
  focusRing: 'auto',
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans", "DejaVu Sans", sans-serif',
  fontFamilyMonospace: 'ui-monospace, SFMono-Regular, Menlo, Consolas, "DejaVu Sans Mono", monospace',
  headings: { fontWeight: '650' },
  components: {
    Badge: { styles: { label: { textTransform: 'none', letterSpacing: 0, fontWeight: 600 } } },
  },
});
