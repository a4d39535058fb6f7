// node --import ./test/smoke/register.mjs out/main/index.js
// Resolves the 'electron' module to the recording stand-in, for the smoke test of the entry.
import { register } from 'node:module'

register('./electron-hook.mjs', import.meta.url)
