export function deployment(env?: Record<string, string | undefined>): { site: string; base: string };
export function searchSites(env?: Record<string, string | undefined>): string[];
export function reportsDir(env?: Record<string, string | undefined>): string;
export function cacheDir(env?: Record<string, string | undefined>): string;
