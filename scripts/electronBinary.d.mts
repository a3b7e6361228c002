export type ElectronBinaryStatus = { available: true; executable: string; reason?: undefined } | { available: false; reason: string; executable?: undefined };
export function electronBinaryStatus(root?: string): ElectronBinaryStatus;
