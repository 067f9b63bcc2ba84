import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/main.ts', 'model/schema': 'src/model/schema.ts' },
  format: ['esm'],
  // es2022, not node20: esbuild's node20 table turns every \p{…} regex literal into a `new RegExp` per call.
  target: 'es2022',
  platform: 'node',
  dts: { entry: { index: 'src/index.ts', 'model/schema': 'src/model/schema.ts' } },
  sourcemap: false,
  clean: true,
  splitting: true,
});
