import { describe, expect, it } from 'vitest';
import { emptyInput, inputFromParams, inputToParams } from '../script/input.ts';
import { planPrefill } from './decide.ts';
import { generatorSpec, linkedFields } from './generator-draft.ts';
import { readRecord, writeRecord } from './record.ts';

const fields = Object.keys(emptyInput('ko'));
const spec = generatorSpec(fields);

describe('the generator draft record', () => {
  const draft = { ...emptyInput('ko', '님'), client: '김민수', you: '이지은', reasons: ['fit' as const] };
  const query = inputToParams(draft).toString();

  it('round-trips a draft through the stored record', () => {
    const read = readRecord(writeRecord(query, spec, 5, 't'), spec);
    expect(read.status).toBe('ok');
    if (read.status === 'ok') expect(inputFromParams(new URLSearchParams(read.record.data), 'ko', '님')).toEqual(draft);
  });
  it('still reads the first format (a bare JSON string)', () => {
    expect(readRecord(JSON.stringify(query), spec)).toMatchObject({ status: 'ok', legacy: true });
  });
  it.each(['null', '123', 'true', '""', JSON.stringify('{"a":1}'), JSON.stringify('hello')])('calls %s corrupt, not restored (QA 2.2)', (raw) => {
    expect(readRecord(raw, spec).status).toBe('corrupt');
  });
});

describe('linkedFields()', () => {
  it('takes only what the link names', () => {
    expect(linkedFields(new URLSearchParams('reasons=time,aggression&utm=x'), 'ko', '님')).toEqual({ reasons: ['time', 'aggression'] });
  });
  it('a client with a legal form in a link makes it an organisation, unless the link says kind', () => {
    expect(linkedFields(new URLSearchParams('client=PT Sinar Jaya'), 'id', 'Bapak')).toEqual({ client: 'PT Sinar Jaya', kind: 'organisation' });
    expect(linkedFields(new URLSearchParams('client=Budi'), 'id', 'Bapak')).toEqual({ client: 'Budi', kind: 'person' });
    expect(linkedFields(new URLSearchParams('client=PT Sinar Jaya&kind=person'), 'id', 'Bapak')).toMatchObject({ kind: 'person' });
  });
  it('maps referral contacts to the referrals field', () => {
    const linked = linkedFields(new URLSearchParams('referrals=Lee&referralContacts=lee@example.com'), 'ko', '님');
    expect(linked).toEqual({ referrals: [{ name: 'Lee', contact: 'lee@example.com' }] });
  });
  it('a quiz link over a full draft fills the blank reasons and changes nothing typed', () => {
    const draft = { ...emptyInput('tr', 'Bey'), client: 'Ahmet', you: 'Zeynep', facts: 'Geç ödemeler', endDate: '2030-01-31' };
    const plan = planPrefill(draft, linkedFields(new URLSearchParams('reasons=time,aggression'), 'tr', 'Bey'), emptyInput('tr', 'Bey'));
    expect(plan.conflicts).toEqual([]);
    expect(plan.merged).toEqual({ ...draft, reasons: ['time', 'aggression'] });
  });
  it('a link naming typed fields makes them conflicts', () => {
    const draft = { ...emptyInput('id', 'Bapak'), client: 'Budi', reasons: ['fit' as const] };
    const plan = planPrefill(draft, linkedFields(new URLSearchParams('client=Andi&reasons=time&you=Sari'), 'id', 'Bapak'), emptyInput('id', 'Bapak'));
    expect(plan.conflicts).toEqual(['client', 'reasons']);
    expect(plan.merged).toMatchObject({ client: 'Budi', reasons: ['fit'], you: 'Sari' });
    expect(plan.withLink).toMatchObject({ client: 'Andi', reasons: ['time'], you: 'Sari' });
  });
});
