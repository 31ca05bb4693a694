/** A byte count in megabytes (10^6 bytes) for messages: `256 MB`, `0.02 MB`. */
export const megabytes = (bytes: number): string => `${Number((bytes / 1e6).toFixed(2))} MB`
