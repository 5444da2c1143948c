import { caPageStrings, type CaPageLanguage } from './ca-page-strings.ts';
import { spacedFingerprint } from './room-tls.ts';

export const CA_PATHS = { page: '/', crt: '/room-ca.crt', pem: '/room-ca.pem', profile: '/roundtable-room.mobileconfig' } as const;

const html = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** `?lang=` when it names a language, else the first of Accept-Language the page has, else Vietnamese. */
export function pageLanguage(query: string | null, acceptLanguage: string | undefined): CaPageLanguage {
  if (query === 'vi' || query === 'en') return query;
  for (const part of (acceptLanguage ?? '').split(',')) {
    const tag = part.split(';')[0]!.trim().toLowerCase();
    if (tag.startsWith('vi')) return 'vi';
    if (tag.startsWith('en')) return 'en';
  }
  return 'vi';
}

/** The page: the fingerprint to compare, the three downloads, the steps for each kind of tablet, the room's address. */
export function caPage(language: CaPageLanguage, fingerprint: string, hubUrl: string): string {
  const s = caPageStrings[language];
  const other: CaPageLanguage = language === 'vi' ? 'en' : 'vi';
  const platforms = s.platforms
    .map(
      (p) => `<section id="${p.id}"><h2>${html(p.title)}</h2><ol>${p.steps.map((step) => `<li>${html(step)}</li>`).join('')}</ol></section>`,
    )
    .join('\n');
  return `<!doctype html>
<html lang="${s.lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${html(s.title)} · Roundtable</title>
<style>
  :root { color-scheme: light; font-family: system-ui, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1b2430; background: #f4f6f9; }
  body { margin: 0 auto; max-width: 56rem; padding: 1.5rem; line-height: 1.5; }
  h1 { font-size: 1.7rem; margin: 0 0 .5rem; }
  h2 { font-size: 1.2rem; margin: 0 0 .4rem; }
  header { display: flex; justify-content: space-between; align-items: baseline; gap: 1rem; flex-wrap: wrap; }
  .card { background: #fff; border: 1px solid #d5dbe3; border-radius: .6rem; padding: 1rem 1.2rem; margin: 1rem 0; }
  .fp { font-family: ui-monospace, "DejaVu Sans Mono", monospace; font-size: 1.05rem; overflow-wrap: anywhere; background: #eef2f7; padding: .5rem .7rem; border-radius: .4rem; }
  .downloads { display: flex; flex-wrap: wrap; gap: .6rem; }
  .downloads a, a.open { display: inline-block; padding: .6rem 1rem; border-radius: .5rem; background: #1f4f8f; color: #fff; text-decoration: none; font-weight: 600; }
  a.open { background: #1d6b3a; }
  .grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(24rem, 1fr)); gap: 0 1rem; }
  ol { margin: 0; padding-left: 1.3rem; }
  li { margin: .25rem 0; }
  .hint { color: #45505e; margin: .4rem 0 0; }
</style>
</head>
<body>
<header><h1>${html(s.title)}</h1><a href="?lang=${other}" hreflang="${other}" lang="${other}">${html(s.other)}</a></header>
<p>${html(s.intro)}</p>
<div class="card"><h2>${html(s.fingerprint)}</h2><div class="fp" data-testid="ca-fingerprint">${spacedFingerprint(fingerprint).replace(/:/g, ':<wbr>')}</div><p class="hint">${html(s.fingerprintHint)}</p></div>
<div class="card"><h2>${html(s.downloads)}</h2><div class="downloads">
<a href="${CA_PATHS.crt}" download>${html(s.crt)}</a>
<a href="${CA_PATHS.pem}" download>${html(s.pem)}</a>
<a href="${CA_PATHS.profile}">${html(s.profile)}</a>
</div></div>
<div class="card grid">
${platforms}
</div>
<div class="card"><h2>${html(s.then)}</h2><a class="open" href="${html(hubUrl)}">${html(s.open)}: ${html(hubUrl)}</a></div>
</body>
</html>
`;
}
