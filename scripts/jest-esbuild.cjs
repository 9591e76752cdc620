// Jest transform: TypeScript to CommonJS through esbuild (fast, and the same compiler as the build).
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    const result = transformSync(source, {
      loader: filename.endsWith('.ts') ? 'ts' : 'js',
      format: 'cjs',
      target: 'node20',
      sourcemap: 'inline',
      sourcefile: filename,
      charset: 'utf8',
    });
    return { code: result.code };
  },
};
