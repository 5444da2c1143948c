import { pdfFile, pdfStream } from './bombs.ts';

/**
 * An honest PDF of `pages` A4 pages, each saying its number large ("Trang 7"), for tests that must tell which page a
 * screen shows. `title` goes on every page, so two such documents have different bytes.
 */
export function pagedPdf(pages: number, title = 'Roundtable'): Buffer {
  const first = 4; // objects 1-3: catalog, pages, font; then per page: the page and its content
  const kids = Array.from({ length: pages }, (_, i) => `${first + i * 2} 0 R`).join(' ');
  const objects: (string | Buffer)[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
  ];
  for (let i = 0; i < pages; i++) {
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${first + i * 2 + 1} 0 R /Resources << /Font << /F1 3 0 R >> >> >>`);
    objects.push(pdfStream('', Buffer.from(`BT /F1 20 Tf 72 780 Td (${title}) Tj ET BT /F1 96 Tf 150 400 Td (Trang ${i + 1}) Tj ET`)));
  }
  return pdfFile(objects);
}
