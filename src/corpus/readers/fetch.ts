export interface FetchOptions {
  readonly allowPrivate?: boolean;
}
export function isPrivateAddress(_ip: string): boolean {
  return true;
}
export async function fetchItemPages(): Promise<void> {}
