// postcss.config.cjs — Mantine's PostCSS preset (light-dark, rem, breakpoint mixins) for the web build
module.exports = {
  plugins: {
    'postcss-preset-mantine': {},
  },
};
