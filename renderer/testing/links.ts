/** Links the page opens by script (downloads, new tabs), caught before the test environment follows them. */
export function captureLinks() {
  const opened: { href: string; download: string; target: string }[] = [];
  const listener = (event: Event) => {
    const link = event.target;
    if (!(link instanceof HTMLAnchorElement)) return;
    opened.push({ href: link.href, download: link.download, target: link.target });
    event.preventDefault();
  };
  document.addEventListener('click', listener, { capture: true });
  return { opened, stop: () => document.removeEventListener('click', listener, { capture: true }) };
}

/** A fetch answering `POST /api/tickets` like the hub (tickets t-1, t-2…), recording each request. */
export function ticketFetch() {
  const requests: { url: string; headers: Record<string, string>; body: unknown }[] = [];
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = String(input);
    if (!url.endsWith('/api/tickets') || init?.method !== 'POST') return new Response('{}', { status: 404 });
    requests.push({ url, headers: { ...(init.headers as Record<string, string>) }, body: JSON.parse(String(init.body)) as unknown });
    return new Response(JSON.stringify({ ok: true, ticket: `t-${requests.length}`, expiresInSeconds: 60 }), { status: 201 });
  }) as typeof globalThis.fetch;
  return { fetch, requests };
}
