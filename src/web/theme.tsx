// src/web/theme.ts — the Mantine theme: a calm petrol blue, system fonts, modest radii

import { type MantineColorsTuple, NativeSelect, Select, createTheme } from '@mantine/core';
import { IconChevronDown } from './components/icons.js';

const ccq: MantineColorsTuple = [
  '#e7f4f8',
  '#d3e7ee',
  '#a5cedd',
  '#74b3cb',
  '#4c9dbc',
  '#3290b3',
  '#2289b0',
  '#10769b',
  '#066a8f',
  '#005c7d',
];

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
    // Mantine's own chevrons are exposed to screen readers as unnamed images; ours are aria-hidden.
    NativeSelect: NativeSelect.extend({ defaultProps: { rightSection: <IconChevronDown size={14} />, rightSectionPointerEvents: 'none' } }),
    Select: Select.extend({ defaultProps: { rightSection: <IconChevronDown size={14} />, rightSectionPointerEvents: 'none' } }),
    Badge: { styles: { label: { textTransform: 'none', letterSpacing: 0, fontWeight: 600 } } },
  },
});
