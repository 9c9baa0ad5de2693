// Jest transform: an imported .graphql file becomes its text, as esbuild's text loader does.
module.exports = {
  process(source) {
    return { code: `module.exports = ${JSON.stringify(source)}; module.exports.default = module.exports;` };
  },
};
