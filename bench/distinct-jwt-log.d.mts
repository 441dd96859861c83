/** See distinct-jwt-log.mjs. */
export declare function writeDistinctJwtLog(path: string, bytes: number, options?: { readonly tickets?: boolean }): Promise<number>;
