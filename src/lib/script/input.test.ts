import { describe, expect, it } from 'vitest';
import { cap, cleanText, emptyInput, factsReason, inputFromParams, inputToParams, LIMITS, localToday, needsHonorific, validateInput } from './input.ts';

describe('inputFromParams()', () => {
  it('reads every stable field name', () => {
    const params = new URLSearchParams(
      'client=Ahmet&title=Bey&you=Zeynep&business=Kaya&reasons=time,aggression&reasons=bogus&facts=x&contract=end-now&endDate=2026-12-31&fee=1000&completed=40&referrals=A&referralContacts=a@x&referrals=B&channel=video&tone=warm&lang=id&notice=30',
    );
    const input = inputFromParams(params, 'tr');
    expect(input).toMatchObject({
      client: 'Ahmet', title: 'Bey', you: 'Zeynep', business: 'Kaya', reasons: ['time', 'aggression'], facts: 'x',
      contract: 'end-now', endDate: '2026-12-31', fee: '1000', completed: '40', channel: 'video', tone: 'warm', lang: 'id', notice: '30',
    });
    expect(input.referrals).toEqual([{ name: 'A', contact: 'a@x' }, { name: 'B', contact: '' }]);
  });
  it('falls back to defaults for unknown values and ignores extra referrals', () => {
    const input = inputFromParams(new URLSearchParams('contract=cancel&channel=sms&tone=rude&lang=en&endDate=31.12.2026&referrals=1&referrals=2&referrals=3&referrals=4'), 'ko', '님');
    expect(input).toMatchObject({ contract: 'serve-until-end', channel: 'phone', tone: 'formal', lang: 'ko', endDate: '', title: '님' });
    expect(input.referrals).toHaveLength(3);
  });
  it('round-trips through inputToParams()', () => {
    const input = inputFromParams(new URLSearchParams('client=김민수&you=이지은&reasons=fit&referrals=A&referralContacts=010'), 'ko');
    expect(inputFromParams(inputToParams(input), 'tr')).toEqual(input);
  });
  it('caps over-long text and strips zero-width characters', () => {
    const long = 'ş'.repeat(10_000);
    expect(inputFromParams(new URLSearchParams({ client: long }), 'tr').client).toHaveLength(LIMITS.client);
    expect(cleanText('A\u200Bh\u200Dm\uFEFFet', 20)).toBe('Ahmet');
  });
  it('removes bidi controls from every field, keeps newlines only in the facts', () => {
    const input = inputFromParams(new URLSearchParams({ referrals: 'R', referralContacts: '\u202Emoc.live@ti', facts: 'Fact\u202E reversed\nline two', client: 'Ali\nVeli' }), 'tr');
    expect(input.referrals).toEqual([{ name: 'R', contact: 'moc.live@ti' }]);
    expect(input.facts).toBe('Fact reversed\nline two');
    expect(input.client).toBe('Ali Veli');
    expect(cap('👩‍💻👩‍💻', 3)).toBe('👩‍💻');
    expect(cap('👩‍💻👩‍💻', 2)).toBe('');
  });
});

describe('validateInput()', () => {
  it('names every missing field in form order', () => {
    expect(validateInput(emptyInput('ko')).map((e) => e.field)).toEqual(['client', 'you', 'reasons', 'endDate']);
    const endNow = { ...emptyInput('tr'), client: 'A', title: 'Bey', you: 'B', reasons: ['fit' as const], contract: 'end-now' as const, fee: 'abc', completed: '120', notice: '0' };
    expect(validateInput(endNow).map((e) => e.field)).toEqual(['fee', 'completed', 'notice']);
  });
  it('keeps the notice limit within two weeks: 1 and 14 pass, 0, 15 and 30 are refused', () => {
    const base = { ...emptyInput('tr'), client: 'A', you: 'B', reasons: ['fit' as const], endDate: '2099-12-31' };
    const noticeError = (notice: string) => validateInput({ ...base, notice }, '2026-01-01').some((e) => e.field === 'notice');
    expect(['1', '7', '14'].map(noticeError)).toEqual([false, false, false]);
    expect(['0', '15', '30', '90'].map(noticeError)).toEqual([true, true, true, true]);
  });
  it('rejects impossible dates and accepts a complete form', () => {
    const base = { ...emptyInput('id'), client: 'Budi', title: 'Bapak', you: 'Sari', reasons: ['time' as const] };
    expect(validateInput({ ...base, endDate: '2026-02-30' }, '2026-01-01').map((e) => e.field)).toEqual(['endDate']);
    expect(validateInput({ ...base, endDate: '2026-02-28' }, '2026-01-01')).toEqual([]);
  });
  it('refuses a past end date but allows today', () => {
    const base = { ...emptyInput('tr'), client: 'Ali', title: 'Bey', you: 'Ayşe', reasons: ['time' as const] };
    expect(validateInput({ ...base, endDate: '2000-01-01' }, '2026-11-27')).toEqual([{ field: 'endDate', reason: 'past' }]);
    expect(validateInput({ ...base, endDate: '2026-11-26' }, '2026-11-27')).toEqual([{ field: 'endDate', reason: 'past' }]);
    expect(validateInput({ ...base, endDate: '2026-11-27' }, '2026-11-27')).toEqual([]);
    expect(localToday(new Date(2026, 0, 5, 23, 59))).toBe('2026-01-05');
  });
  it('refuses names with no letter or digit, with a reason', () => {
    const base = { ...emptyInput('ko'), reasons: ['time' as const], endDate: '2030-01-31' };
    const errors = validateInput({ ...base, client: '!!!', you: '...', business: '?' }, '2026-11-27');
    expect(errors).toEqual([
      { field: 'client', reason: 'noLetter' },
      { field: 'you', reason: 'noLetter' },
      { field: 'business', reason: 'noLetter' },
    ]);
    expect(validateInput({ ...base, client: '(주)', you: '7', business: '' }, '2026-11-27')).toEqual([]);
  });
  it('passes on why an amount is refused', () => {
    const base = { ...emptyInput('ko'), client: '김민수', you: '이지은', reasons: ['time' as const], contract: 'end-now' as const, completed: '50' };
    expect(validateInput({ ...base, fee: '' })).toEqual([{ field: 'fee' }]);
    expect(validateInput({ ...base, fee: '-500000' })).toEqual([
      { field: 'fee', reason: 'amount', amount: { ok: false, reason: 'negative', understood: -500_000 } },
    ]);
    expect(validateInput({ ...base, fee: '100만원' })).toEqual([]);
  });
  it('treats a name of only spaces or zero-width characters as missing', () => {
    const base = { ...emptyInput('id'), you: 'Sari', reasons: ['time' as const], endDate: '2026-02-28' };
    expect(validateInput({ ...base, client: ' \u200B ' }, '2026-01-01')).toEqual([{ field: 'client' }]);
  });
});

describe('the second edition fields', () => {
  it('reads client kind, contact, end-now dates and refund method from the URL, and writes them back', () => {
    const params = new URLSearchParams('kind=organisation&client=Acme&contact=Ayşe%20Demir&contract=end-now&lastDay=2026-12-05&filesBy=2026-12-07&refundBy=2027-01-08&refundMethod=original');
    const input = inputFromParams(params, 'tr');
    expect(input).toMatchObject({ kind: 'organisation', contact: 'Ayşe Demir', lastDay: '2026-12-05', filesBy: '2026-12-07', refundBy: '2027-01-08', refundMethod: 'original' });
    expect(inputFromParams(inputToParams(input), 'tr')).toEqual(input);
  });
  it('drops impossible dates and unknown methods', () => {
    const input = inputFromParams(new URLSearchParams('lastDay=2026-02-30&refundBy=tomorrow&refundMethod=cash'), 'id');
    expect(input).toMatchObject({ lastDay: '', refundBy: '', refundMethod: 'bank' });
  });
  it.each([
    ['PT Sinar Jaya', 'organisation'],
    ['(주)한결디자인', 'organisation'],
    ['İpek Tekstil A.Ş.', 'organisation'],
    ['Hendra Gunawan', 'person'],
  ])('without a kind, %s is read as %s', (client, kind) => {
    expect(inputFromParams(new URLSearchParams({ client }), 'ko').kind).toBe(kind);
  });
  it('an explicit kind wins over the legal form', () => {
    expect(inputFromParams(new URLSearchParams({ client: 'PT Sinar Jaya', kind: 'person' }), 'id').kind).toBe('person');
  });
});

describe('factsFor: the reason the typed example illustrates', () => {
  it('is read from a link, kept in the query, and only a known reason counts', () => {
    const input = inputFromParams(new URLSearchParams('reasons=time,fit&factsFor=fit&facts=x'), 'ko');
    expect(input.factsFor).toBe('fit');
    expect(inputToParams(input).get('factsFor')).toBe('fit');
    expect(factsReason(input)).toBe('fit');
    expect(inputFromParams(new URLSearchParams('reasons=time&factsFor=nonsense'), 'ko').factsFor).toBe('');
  });
  it('falls back to the first ticked reason when none or an unticked one is chosen', () => {
    expect(factsReason({ reasons: ['time', 'fit'], factsFor: '' })).toBe('time');
    expect(factsReason({ reasons: ['time', 'fit'], factsFor: 'aggression' })).toBe('time');
    expect(factsReason({ reasons: [], factsFor: 'fit' })).toBeUndefined();
  });
});

describe('the Indonesian honorific (a person is Bapak or Ibu, never a bare name)', () => {
  const base = { ...emptyInput('id'), client: 'Sinta Dewi', you: 'Fajar', reasons: ['time' as const], endDate: '2030-01-31' };
  const fields = (input: Partial<typeof base> & Record<string, unknown>) => validateInput({ ...base, ...input }, '2026-01-01');
  it('asks for Bapak or Ibu when an Indonesian text addresses a person without one', () => {
    expect(fields({})).toEqual([{ field: 'title', reason: 'honorific' }]);
    expect(needsHonorific(base)).toBe(true);
    // An organisation's contact person is addressed too.
    expect(fields({ kind: 'organisation', client: 'PT Sinar Jaya', contact: 'Andi Wijaya' }).map((e) => e.field)).toEqual(['title']);
  });
  it('is satisfied by the choice or by a title typed before the name', () => {
    expect(fields({ title: 'Ibu' })).toEqual([]);
    for (const client of ['Bu Sinta', 'Pak Andi', 'Bapak Dr. Andi', 'Ibu Sinta Dewi', 'Bpk. Andi']) expect(fields({ client }), client).toEqual([]);
    // A name that only starts like a title is not one.
    expect(fields({ client: 'Budiman' }).map((e) => e.field)).toEqual(['title']);
  });
  it('is not needed for an organisation without a contact person, nor in Korean', () => {
    expect(fields({ kind: 'organisation', client: 'CV Sinar Ilmu', contact: '' })).toEqual([]);
    expect(validateInput({ ...base, lang: 'ko' }, '2026-01-01')).toEqual([]);
  });
});

describe('the Turkish honorific (a client spoken to as "siz" is Yusuf Bey, never a bare Yusuf)', () => {
  const base = { ...emptyInput('tr'), client: 'Yusuf Kılıç', you: 'Aslı', reasons: ['time' as const], endDate: '2030-01-31' };
  const fields = (input: Partial<typeof base> & Record<string, unknown>) => validateInput({ ...base, ...input }, '2026-01-01');
  it('asks for Bey or Hanım when a Turkish text addresses a person without one (tr review 13, first glance)', () => {
    expect(fields({})).toEqual([{ field: 'title', reason: 'honorific' }]);
    expect(fields({ tone: 'warm' })).toEqual([{ field: 'title', reason: 'honorific' }]);
    expect(fields({ kind: 'organisation', client: 'Gök Yapı A.Ş.', contact: 'Zeynep Arslan' }).map((e) => e.field)).toEqual(['title']);
    // An Indonesian title does not satisfy a Turkish text.
    expect(fields({ title: 'Bapak' }).map((e) => e.field)).toEqual(['title']);
  });
  it('is satisfied by the choice or by a title typed after the name', () => {
    expect(fields({ title: 'Hanım' })).toEqual([]);
    for (const client of ['Yusuf Bey', 'Ayşe Hanım', 'Ayşe hanımefendi', 'Kemal Aydın Bey']) expect(fields({ client }), client).toEqual([]);
    // A name that only ends like a title is not one.
    expect(fields({ client: 'Ali Beyaz' }).map((e) => e.field)).toEqual(['title']);
  });
  it('is not needed for an organisation without a contact person', () => {
    expect(fields({ kind: 'organisation', client: 'Doğa Gıda Ltd. Şti.', contact: '' })).toEqual([]);
  });
});
