/**
 * electron-builder's configuration file, found here by electron-builder. The configuration is in
 * scripts/packaging/builder-config.ts, beside the packaging checks that import it.
 */
export { default } from './scripts/packaging/builder-config'
