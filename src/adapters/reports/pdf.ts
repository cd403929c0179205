// src/adapters/reports/pdf.ts — prints a report's HTML to an A4 PDF with Debian's Chromium through playwright-core

import { existsSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { AppError } from '../../domain/shared/errors.js';

const unavailable = () =>
  new AppError(
    'CCQ_ERR_PDF_UNAVAILABLE',
    'PDF needs Chromium: install the chromium package or set CCQ_CHROMIUM_PATH; the HTML report works without it',
  );

/** Same as the @page margins of the report's CSS, so screen preview and PDF lay out alike. */
const margin = { top: '18mm', right: '16mm', bottom: '20mm', left: '16mm' };

/** Page numbers only: words would need the report's language, and "3 / 12" reads the same in both. */
const footerTemplate =
  '<div style="width:100%;font-size:7pt;color:#5d6675;text-align:center;font-family:sans-serif">' +
  '<span class="pageNumber"></span> / <span class="totalPages"></span></div>';

/**
 * Chromium is launched per document and always closed: reports are occasional, and a browser kept
 * alive would hold ~100 MB for nothing. The page runs without JavaScript and every request it would
 * make is refused, so nothing in a report (all of it escaped, none of it fetched) can reach the network.
 */
export const htmlToPdf = async (html: string): Promise<Buffer> => {
  const executablePath = process.env.CCQ_CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(executablePath)) throw unavailable();
  let browser: Awaited<ReturnType<typeof chromium.launch>>;
  try {
    browser = await chromium.launch({
      executablePath,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
  } catch {
    // A file that is there but will not start (wrong binary, missing libraries) is as unavailable as a missing one.
    throw unavailable();
  }
  try {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.route('**/*', (route) => route.abort());
    await page.setContent(html, { waitUntil: 'load' });
    const pdf = await page.pdf({
      format: 'A4',
      printBackground: true,
      margin,
      displayHeaderFooter: true,
      headerTemplate: '<span></span>',
      footerTemplate,
    });
    return Buffer.from(pdf);
  } finally {
    await browser.close();
  }
};
