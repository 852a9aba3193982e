import { base } from 'astro:config/client';

/** A site-internal path with the deployment's base path (BASE_PATH) in front. */
export function withBase(path: string): string {
  return `${base.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
