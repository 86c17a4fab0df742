#!/usr/bin/env node
// scripts/make-icon.mjs — renders media/icon.png (128x128, the Marketplace/Extensions-view icon)
// from the SVG below with headless Debian chromium. The PNG is committed; re-run this after
// changing the SVG:  node scripts/make-icon.mjs
//
// Motif: a speech bubble (social media) holding rising bars (a plan with goals), with a check
// badge (the strategy is linted).
import { mkdirSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'media/icon.png');
const SIZE = 128;

const svg = `
<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 128 128">
  <defs>
    <linearGradient id="bg" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#0f766e"/>
      <stop offset="1" stop-color="#1d4ed8"/>
    </linearGradient>
  </defs>
  <rect x="4" y="4" width="120" height="120" rx="26" fill="url(#bg)"/>
  <!-- speech bubble -->
  <path d="M26 30 h76 a10 10 0 0 1 10 10 v40 a10 10 0 0 1 -10 10 h-46 l-18 16 v-16 h-12
           a10 10 0 0 1 -10 -10 v-40 a10 10 0 0 1 10 -10 z" fill="#ffffff"/>
  <!-- rising bars -->
  <rect x="36" y="62" width="12" height="18" rx="3" fill="#14b8a6"/>
  <rect x="54" y="52" width="12" height="28" rx="3" fill="#0ea5e9"/>
  <rect x="72" y="42" width="12" height="38" rx="3" fill="#2563eb"/>
  <!-- check badge -->
  <circle cx="98" cy="94" r="17" fill="#f59e0b" stroke="#ffffff" stroke-width="4"/>
  <path d="M90 94 l6 6 l11 -12" fill="none" stroke="#ffffff" stroke-width="5" stroke-linecap="round" stroke-linejoin="round"/>
</svg>`;

const profile = join(root, '.state/chromium/make-icon');
rmSync(profile, { recursive: true, force: true });
mkdirSync(profile, { recursive: true });
const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROME || '/usr/bin/chromium',
  headless: true,
  viewport: { width: SIZE, height: SIZE },
  args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
  env: { ...process.env, XDG_CONFIG_HOME: profile, XDG_CACHE_HOME: profile, HOME: profile },
});
try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.setContent(`<html><body style="margin:0;background:transparent">${svg}</body></html>`);
  mkdirSync(dirname(out), { recursive: true });
  // omitBackground: keep the corners outside the rounded square transparent.
  await page.locator('svg').screenshot({ path: out, omitBackground: true });
  console.log(`wrote ${out}`);
} finally {
  await context.close();
  rmSync(profile, { recursive: true, force: true });
}
