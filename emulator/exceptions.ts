/** The errors Apps Script throws into a script, as the emulator raises them. */

/** An Apps Script service exception: V8 shows them as `Exception: <message>`. */
export class GasException extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'Exception';
  }
}

/** Thrown when the virtual clock passes the execution's limit; Apps Script's own text. */
export class ExecutionTimeoutError extends Error {
  constructor() {
    super('Exceeded maximum execution time');
    this.name = 'Exception';
  }
}
