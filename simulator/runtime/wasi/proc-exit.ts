/**
 * proc_exit cannot return into the program, so it throws this sentinel, which unwinds
 * the WebAssembly stack up to runWasi. It is not an Error: nothing went wrong.
 */
export class ProcExit {
  constructor(readonly code: number) {}
}

/**
 * A successful gorae exec: the program is being replaced, so its stack unwinds like
 * proc_exit's, and the process goes on with the new program.
 */
export class ExecDone {}
