/**
 * Turkish output, read the way the Turkish native editors read it (reviews of
 * scenarios A–E and F–I): the kinds of error they found, asserted over a
 * matrix of situations rather than for the quoted sentences only.
 */
import { describe, expect, it } from 'vitest';
import { callText, composeScript, followUpText, handoverText, type ScriptTexts } from './compose.ts';
import { channels, emptyInput, refundMethods, tones, type ScriptInput } from './input.ts';
import { pack, trDateFormatters } from './pack-tr.ts';
import { addressFor, tFor } from './test-setup.ts';

const TODAY = '2026-11-27';
const t = tFor('tr');
const compose = (input: ScriptInput) => composeScript(input, t, addressFor('tr'), { today: TODAY });

type Who = 'person' | 'personBare' | 'org' | 'orgContact';
const who: Record<Who, Partial<ScriptInput>> = {
  person: { kind: 'person', client: 'Hakan Yurt', title: 'Bey' },
  personBare: { kind: 'person', client: 'Elif Polat', title: '' },
  org: { kind: 'organisation', client: 'Pınar Eğitim Ltd. Şti.', contact: '', title: '' },
  orgContact: { kind: 'organisation', client: 'Mavi Turizm A.Ş.', contact: 'Ece Yılmaz', title: 'Hanım' },
};
const referralSets = {
  none: [],
  onePerson: [{ name: 'Nur Aksu', contact: '0532 111 22 33' }],
  twoBare: [{ name: 'Renk Atölye', contact: '' }, { name: 'Çizgi Stüdyo', contact: '' }],
  threeMixed: [{ name: 'Kalem Ajans', contact: 'info@kalem.example' }, { name: 'Ajans 34', contact: '' }, { name: 'Kod Atölyesi', contact: 'iletisim@kod.example' }],
};
/** end-now at 0 / 60 / 100 %, all dates today or later; serving out to a later day or to today. */
const situations: Record<string, Partial<ScriptInput>> = {
  'now 0 % today': { contract: 'end-now', completed: '0' },
  'now 60 % today': { contract: 'end-now', completed: '60', filesBy: TODAY, refundBy: TODAY },
  'now 60 % later': { contract: 'end-now', completed: '60', lastDay: '2026-12-04', filesBy: '2026-12-07', refundBy: '2026-12-14' },
  'now 100 %': { contract: 'end-now', completed: '100' },
  'serve later': { contract: 'serve-until-end', endDate: '2027-03-31' },
  'serve today': { contract: 'serve-until-end', endDate: TODAY },
};

function input(w: Who, s: string, over: Partial<ScriptInput>): ScriptInput {
  return {
    ...emptyInput('tr', ''),
    you: 'Gizem Tan',
    business: 'Tan Çizim',
    reasons: ['time'],
    fee: '52.000',
    ...who[w],
    ...situations[s],
    ...over,
  };
}

const all = (x: ScriptTexts) => [callText(x), followUpText(x), handoverText(x, 'Liste')].join('\n');

interface Case {
  name: string;
  w: Who;
  texts: ScriptTexts;
  refs: keyof typeof referralSets;
}
const cases: Case[] = [];
for (const w of Object.keys(who) as Who[])
  for (const s of Object.keys(situations))
    for (const channel of channels)
      for (const tone of tones)
        for (const refs of Object.keys(referralSets) as (keyof typeof referralSets)[])
          for (const aggression of [false, true]) {
            const refundMethod = refundMethods[cases.length % refundMethods.length] ?? 'bank';
            const over: Partial<ScriptInput> = { channel, tone, refundMethod, referrals: referralSets[refs], reasons: aggression ? ['aggression', 'overcommunication'] : ['time'] };
            cases.push({ name: `${w} ${s} ${channel} ${tone} ${refs}${aggression ? ' aggression' : ''}`, w, refs, texts: compose(input(w, s, over)) });
          }

describe('Turkish date slots', () => {
  it('a deadline that is today reads "bugün içinde", never "bugüne kadar"', () => {
    expect(trDateFormatters.by('bugün')).toBe('bugün içinde');
    expect(trDateFormatters.by('7 Aralık 2026')).toBe("7 Aralık 2026'ya kadar");
    expect(trDateFormatters.by('31 Mart 2027')).toBe("31 Mart 2027'ye kadar");
    expect(trDateFormatters.on('bugün')).toBe('bugün');
    expect(trDateFormatters.on('4 Aralık 2026')).toBe("4 Aralık 2026'da");
    expect(trDateFormatters.on('1 Ocak 2027')).toBe("1 Ocak 2027'de");
  });
  it('"bugüne kadar" only ever means "up to today" of work already done', () => {
    for (const c of cases) {
      for (const m of all(c.texts).matchAll(/bugüne kadar [^.;\n]*/gu)) expect(m[0], c.name).toMatch(/^bugüne kadar yaptığınız iş/);
      expect(all(c.texts), c.name).not.toMatch(/bugünde|bugün'/u);
    }
  });
});

describe('Turkish addressee in the texts', () => {
  it('an organisation without a contact: "Sayın Yetkili," (formal) or "Merhaba," (warm), the company in the subject', () => {
    for (const c of cases.filter((x) => x.w === 'org')) {
      const [salutation] = c.texts.followUp.body.split('\n');
      expect(salutation, c.name).toBe(c.name.includes(' warm ') ? 'Merhaba,' : 'Sayın Yetkili,');
      expect(c.texts.followUp.subject, c.name).toMatch(/^Pınar Eğitim Ltd\. Şti\. – Bugünkü /u);
    }
    for (const c of cases) expect(all(c.texts), c.name).not.toMatch(/Yetkilisi/u);
  });
  it('on the phone to an organisation without a contact, the caller names the company and asks for the person in charge', () => {
    for (const c of cases.filter((x) => x.w === 'org' && x.name.includes(' phone '))) {
      expect(c.texts.call[0]?.lines[0], c.name).toMatch(/Pınar Eğitim'le (?:yürüttüğümüz|anlaştığımız) iş hakkında yetkili biriyle görüşebilir miyim\?/u);
    }
  });
  it('a formal greeting names a person only with Bey/Hanım; without a title the caller checks the name', () => {
    for (const c of cases.filter((x) => x.name.includes(' formal ') && x.texts.call[0]?.lines[0]?.startsWith('İyi günler'))) {
      const opening = c.texts.call[0]?.lines[0] ?? '';
      expect(opening, c.name).not.toMatch(/^İyi günler (?:Elif Polat|Ece Yılmaz)/u);
      if (c.w === 'person') expect(opening, c.name).toMatch(/^İyi günler Hakan Bey[,.] /u);
      if (c.w === 'personBare') {
        if (c.name.includes(' phone ')) expect(opening, c.name).toMatch(/^İyi günler, ben Tan Çizim'den Gizem Tan\. Elif Polat ile mi görüşüyorum\? /u);
        else expect(opening, c.name).toMatch(/^İyi günler\. /u);
      }
    }
  });
  it('a person gets no company in the subject; a letter opens with the full name', () => {
    const c = cases.find((x) => x.w === 'person' && x.name.includes(' formal '));
    expect(c?.texts.followUp.subject).toMatch(/^Bugünkü /u);
    expect(c?.texts.followUp.body.split('\n')[0]).toBe('Sayın Hakan Yurt,');
  });
  it('the checklist sends the summary to the contact, with the company beside the name', () => {
    const c = cases.find((x) => x.w === 'orgContact');
    expect(c?.texts.handover.join('\n')).toContain("yazılı özeti Ece Hanım'a (Mavi Turizm A.Ş.) gönderin");
  });
});

describe('Turkish wording the editors flagged, over every situation', () => {
  it('no "hizmet sağlayıcı" outside the clause, no "birkaç" for the names, no plural verb for one referral', () => {
    for (const c of cases) {
      expect(all(c.texts), c.name).not.toMatch(/hizmet sağlayıcı/iu);
      expect(all(c.texts), c.name).not.toMatch(/birkaç isim/u);
      if (c.refs === 'onePerson') expect(callText(c.texts), c.name).not.toMatch(/olabileceklerini|olacaklarından/u);
    }
  });
  it('no comma after a sentence-initial object', () => {
    for (const c of cases) expect(all(c.texts), c.name).not.toMatch(/(?:^|[.!?] |\n)(?:İletişim bilgilerini|İade tutarını|Tutarı|İadeyi|Parayı),/mu);
  });
  it('a numbered point or a checklist item starts with a word, in upper case', () => {
    for (const c of cases) {
      for (const line of c.texts.followUp.body.split('\n').filter((l) => /^\d+\. /u.test(l))) expect(line, c.name).toMatch(/^\d+\. \p{Lu}/u);
      for (const item of c.texts.handover) expect(item, c.name).toMatch(/^[\p{Lu}\d]/u);
    }
  });
  it('blocking the client comes only once nothing is owed either way', () => {
    for (const c of cases) {
      const block = c.texts.handover.find((i) => /engelleyebilirsiniz/u.test(i));
      if (block) expect(block, c.name).toMatch(/bekleyen bir ödeme \(iade ya da son fatura\) kalmadığında/u);
    }
  });
  it('the follow-up never says the same "until" twice and invites questions once', () => {
    for (const c of cases) {
      const body = c.texts.followUp.body;
      expect(body, c.name).not.toMatch(/Kalan süre boyunca/u);
      // One invitation: "reply to this message", or the open-door line until the last day.
      expect(body.match(/bu mesajı yanıtlamanız yeterli|bana (?:[^.\n]* )?(?:ulaşabilirsiniz|yazabilirsiniz)/gu)?.length, c.name).toBe(1);
    }
  });
  it('a video call is not "yüz yüze"', () => {
    for (const c of cases.filter((x) => x.name.includes(' video '))) expect(callText(c.texts), c.name).not.toMatch(/yüz yüze/u);
  });
  it('no placeholder, undefined or doubled space', () => {
    for (const c of cases) expect(all(c.texts), c.name).not.toMatch(/\{\{|\}\}|undefined|NaN| {2}/u);
  });
});

describe('Turkish wording from the review of unseen scenarios (J–M)', () => {
  const base = (over: Partial<ScriptInput>) => input('person', 'now 60 % later', over);
  it('the reasons lead-in agrees with one reason and with three (no singular "nedenini" before a list)', () => {
    for (const reasons of [['time'], ['fit', 'time', 'overcommunication']] as ScriptInput['reasons'][]) {
      for (const tone of tones) {
        const call = callText(compose(base({ reasons, tone })));
        expect(call).toMatch(/Bu kararı neden verdiğimi/u);
        expect(call).not.toMatch(/nedenini/u);
      }
    }
  });
  it('a refund exact to the kuruş is not "yaklaşık", and the letter shows the sum', () => {
    for (const s of ['now 60 % today', 'now 60 % later']) {
      const texts = compose(input('person', s, {}));
      expect(all(texts)).not.toMatch(/yaklaşık/u);
      expect(texts.followUp.body).toContain('Hesap: 52.000 TL × %40 = 20.800 TL.');
    }
  });
  it('a compound referral name takes the buffer n, and no sentence hedges the access or continues work not started', () => {
    const texts = compose(input('person', 'now 0 % today', { referrals: [{ name: 'Dil Köprüsü', contact: '0212 333 44 55' }], reasons: ['fit'] }));
    expect(callText(texts)).toContain("Dil Köprüsü'nü");
    expect(all(texts)).not.toMatch(/erişimim varsa|işin devamı|artık en uygun|üstlenmemeye/iu);
  });
  it('the client asks about the refund in words that fit a company', () => {
    const texts = compose(input('org', 'now 60 % today', {}));
    expect(callText(texts)).toContain('“İade ne zaman yapılacak?”');
    expect(callText(texts)).not.toMatch(/Param/u);
  });
});

describe('the Turkish subject formatter', () => {
  it('names an organisation and is empty for a person', () => {
    expect(pack.formatters['subjectOrg']?.('Pınar Eğitim Ltd. Şti.', 'tr')).toBe('Pınar Eğitim Ltd. Şti. – ');
    expect(pack.formatters['subjectOrg']?.('', 'tr')).toBe('');
  });
});
