import { defineConfig } from 'tsup';

export default defineConfig({
  entry: { index: 'src/index.ts', cli: 'src/cli/main.ts', 'model/schema': 'src/model/schema.ts' },
  format: ['esm'],
  target: 'node20',
  platform: 'node',
  dts: { entry: { index: 'src/index.ts', 'model/schema': 'src/model/schema.ts' } },
  sourcemap: false,
  clean: true,
  splitting: true,
});
