/**
 * Imported, before any parse, by each renderer module that validates with zod (the page runs
 * under a Content-Security-Policy without 'unsafe-eval'): zod would otherwise probe
 * `new Function` to compile validators, which the policy forbids and reports.
 */
import { z } from 'zod'

z.config({ jitless: true })
