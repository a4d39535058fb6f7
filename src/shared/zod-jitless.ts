/**
 * Imported first by every bundle that runs under the page's Content-Security-Policy: zod would
 * otherwise probe `new Function` to compile validators, which the policy forbids and reports.
 */
import { z } from 'zod'

z.config({ jitless: true })
