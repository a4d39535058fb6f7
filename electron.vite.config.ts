import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import { esmExternalRequirePlugin, type Plugin } from 'vite'
import react from '@vitejs/plugin-react'

/**
 * Bundled CommonJS packages (electron-updater) require('electron'). Left as a require() it bypasses
 * the ES module loader (and so the smoke test's stand-in for 'electron'); the esm-external-require
 * plugin turns it into an `import`. It only sees ids that the `external` option has not already
 * claimed, so 'electron' is taken out of the list electron-vite's preset puts it in.
 */
function electronRequireAsImport(): Plugin[] {
  return [
    esmExternalRequirePlugin({ external: ['electron'] }),
    {
      name: 'ct:electron-external-via-plugin',
      enforce: 'post',
      config(config) {
        const options = config.build?.rolldownOptions
        if (Array.isArray(options?.external)) {
          options.external = options.external.filter((id) => id !== 'electron')
        }
      },
    },
  ]
}

export default defineConfig({
  main: {
    // Every package is bundled into out/main except package.json's `dependencies` (keytar, a
    // native module), which electron-builder ships unpacked beside the asar: ESM packages loaded
    // from inside app.asar have Electron bugs, and bundling leaves no node_modules to ship for them.
    build: {
      externalizeDeps: true,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/main/index.ts') } },
    },
    plugins: [electronRequireAsImport()],
  },
  preload: {
    build: {
      // Sandboxed preloads cannot be ES modules and cannot require anything but 'electron':
      // one self-contained CommonJS file.
      externalizeDeps: false,
      rollupOptions: {
        input: { index: resolve(import.meta.dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].cjs', codeSplitting: false },
      },
    },
  },
  renderer: {
    root: resolve(import.meta.dirname, 'src/renderer'),
    plugins: [react()],
    build: {
      minify: true,
      rollupOptions: { input: { index: resolve(import.meta.dirname, 'src/renderer/index.html') } },
    },
  },
})
