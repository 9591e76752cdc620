// gas-local 1.3.1 ships no types (toolchain.md §4): `require` loads every file of a folder into one vm context.
declare module 'gas-local' {
  const gasLocal: {
    require(folderPath: string, globalObject?: object, options?: { filter?: (file: string) => boolean }): object;
  };
  export = gasLocal;
}
