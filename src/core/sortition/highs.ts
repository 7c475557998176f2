import loadHighs, { type Highs } from 'highs'

let loading: Promise<Highs> | undefined

/**
 * The HiGHS WebAssembly runtime, loaded once per thread. HiGHS is single-threaded and its
 * models live on the WASM heap: whoever creates a model must `dispose()` it.
 */
export function getHighs(): Promise<Highs> {
  loading ??= loadHighs()
  return loading
}

/** Options every model here uses: silent, single-threaded, deterministic. */
export const quietOptions = { output_flag: false, log_to_console: false, random_seed: 0 } as const
