/** Entry of the child process that measures memory (it needs --expose-gc): prints the results as JSON. */
import { benchMemory } from './memory'

const results = await benchMemory()
process.stdout.write(`${JSON.stringify(results)}\n`)
