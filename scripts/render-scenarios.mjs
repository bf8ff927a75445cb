// Print the generator's full texts for a list of scenarios, in every language,
// for native reviewers (no browser, no build needed):
//
//   npx node scripts/render-scenarios.mjs tests/fixtures/scenarios.json > out.txt
//   npx node scripts/render-scenarios.mjs scenarios.json --lang tr --today 2026-11-27
//
// The JSON file is an array of scenarios. Each scenario is the generator's form
// as URL query names (see README: client, kind, contact, title, you, business,
// reasons, facts, factsFor, contract, endDate, fee, completed, lastDay, filesBy, refundBy,
// refundMethod, referrals [{name, contact}], channel, tone, notice), plus an
// optional "name" (a heading) and "langs" (output languages; default all three).
// Names and amounts may be given per language: {"client": {"ko": "…", "tr": "…"}}.
// It runs the same modules as the site (src/lib/script) on Node's own
// TypeScript support, with the same templates (src/i18n/locales/*/script.json).
import { readFileSync } from 'node:fs';
import { createT } from '../src/lib/script/templates.ts';
import { inputFromParams } from '../src/lib/script/input.ts';
import { callText, clauseText, composeScript, followUpText, handoverText } from '../src/lib/script/compose.ts';
import { validateInput } from '../src/lib/script/input.ts';
import { pack as ko } from '../src/lib/script/pack-ko.ts';
import { pack as tr } from '../src/lib/script/pack-tr.ts';
import { pack as id } from '../src/lib/script/pack-id.ts';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const opt = (name) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
if (!file) {
  console.error('usage: npx node scripts/render-scenarios.mjs <scenarios.json> [--lang ko|tr|id] [--today YYYY-MM-DD]');
  process.exit(2);
}
const packs = { ko, tr, id };
const langs = ['ko', 'tr', 'id'];
const resources = Object.fromEntries(
  langs.map((l) => [l, { script: JSON.parse(readFileSync(new URL(`../src/i18n/locales/${l}/script.json`, import.meta.url), 'utf8')) }]),
);
const ts = Object.fromEntries(langs.map((l) => [l, createT(resources[l].script, l, packs[l].formatters)]));

const scenarios = JSON.parse(readFileSync(file, 'utf8'));
const onlyLang = opt('lang');
const today = opt('today');
const perLang = (value, lang) => (value && typeof value === 'object' && !Array.isArray(value) ? value[lang] ?? '' : value);

for (const [n, scenario] of scenarios.entries()) {
  for (const lang of scenario.langs ?? langs) {
    if (onlyLang && lang !== onlyLang) continue;
    const params = new URLSearchParams();
    for (const [key, raw] of Object.entries(scenario)) {
      if (key === 'name' || key === 'langs') continue;
      const value = perLang(raw, lang);
      if (key === 'referrals') {
        for (const r of value ?? []) {
          params.append('referrals', perLang(r.name, lang) ?? '');
          params.append('referralContacts', perLang(r.contact, lang) ?? '');
        }
      } else if (Array.isArray(value)) params.set(key, value.join(','));
      else if (value !== undefined && value !== '') params.set(key, String(value));
    }
    params.set('lang', lang);
    const input = inputFromParams(params, lang, packs[lang].defaultTitle);
    const errors = validateInput(input);
    console.log(`\n==================== Scenario ${n + 1}${scenario.name ? `: ${scenario.name}` : ''} [${lang}] ====================\n`);
    if (errors.length) {
      console.log(`(not composed: missing or wrong ${errors.map((e) => e.field).join(', ')})`);
      continue;
    }
    const t = ts[lang];
    const texts = composeScript(input, t, packs[lang], today ? { today } : {});
    console.log(callText(texts));
    console.log('\n---------- follow-up ----------\n');
    console.log(followUpText(texts));
    console.log('\n---------- handover ----------\n');
    console.log(handoverText(texts, t('handover.title')));
    console.log('\n---------- clause ----------\n');
    console.log(clauseText(texts));
  }
}
