import { useEffect, useState } from 'react';

/**
 * Hash routing (`#/customers/cus_…`): the server serves one index.html at /console and every
 * page of the console is a fragment of it, so a reload or a shared link always works.
 */
export function currentPath(): string {
  const hash = window.location.hash.replace(/^#/, '');
  return hash.startsWith('/') ? hash : '/customers';
}

export function navigate(path: string): void {
  window.location.hash = path;
}

export function useRoute(): string[] {
  const [path, setPath] = useState(currentPath);
  useEffect(() => {
    const onChange = () => setPath(currentPath());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  const [pathname = ''] = path.split('?');
  return pathname.split('/').filter(Boolean).map(decodeURIComponent);
}
