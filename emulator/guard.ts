/**
 * Unknown members of an emulated object throw instead of reading as undefined, so code that uses a
 * method the emulator lacks fails loudly with its name (the gas-fakes approach; aesthetics.md §2).
 */
const PASS_THROUGH = new Set<string | symbol>(['then', 'toJSON', 'constructor', 'inspect', 'asymmetricMatch', '$$typeof', 'nodeType', 'tagName']);

export function guard<T extends object>(target: T, className: string): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      if (typeof prop === 'symbol' || prop in obj || PASS_THROUGH.has(prop)) return Reflect.get(obj, prop, receiver);
      throw new Error(`Emulator: ${className}.${String(prop)} is not implemented`);
    },
  });
}
