import { describe, expect, it } from 'vitest';
import { looksLikeOrganisation, withoutLegalForm, type ClientInfo } from './addressee.ts';
import { addresseeKo } from './addressee-ko.ts';
import { addresseeTr } from './addressee-tr.ts';
import { addresseeId } from './addressee-id.ts';

const person = (name: string, title: string): ClientInfo => ({ kind: 'person', name, contact: '', title });
const org = (name: string, contact = '', title = ''): ClientInfo => ({ kind: 'organisation', name, contact, title });

describe('legal forms mark an organisation', () => {
  it.each(['(주)한결디자인', '한결디자인(주)', '주식회사 한결', '㈜바른', 'İpek Tekstil A.Ş.', 'Deniz Yazılım Ltd. Şti.', 'Atlas Medya Şti.', 'PT Sinar Jaya', 'CV Maju Bersama', 'PT. Abadi', 'Bank Rakyat Tbk', 'Acme Inc.', 'Foo LLC'])('%s', (n) =>
    expect(looksLikeOrganisation(n)).toBe(true));
  it.each(['김민수', 'Kemal Aydın', 'Hendra Gunawan', 'Ptolemy', 'Cvetan', 'Aşkın', 'Pak Budi', 'İpek Tekstil'])('not %s', (n) =>
    expect(looksLikeOrganisation(n)).toBe(false));
  it('drops the spoken-away legal form', () => {
    expect(withoutLegalForm('(주)한결디자인')).toBe('한결디자인');
    expect(withoutLegalForm('İpek Tekstil A.Ş.')).toBe('İpek Tekstil');
    expect(withoutLegalForm('Deniz Yazılım Ltd. Şti.')).toBe('Deniz Yazılım');
  });
});

describe('Korean addressee', () => {
  it('a person by title, once with the name', () => {
    expect(addresseeKo(person('김민수', '대표님'))).toMatchObject({ greet: '김민수 대표님', vocative: '대표님', letter: '김민수 대표님', to: '김민수 대표님께' });
    expect(addresseeKo(person('박은별', '님'))).toMatchObject({ greet: '박은별 님', vocative: '박은별 님', to: '박은별 님께' });
    expect(addresseeKo(person('Jason', ''))).toMatchObject({ greet: 'Jason 님' });
  });
  it('a company takes 에 and is never greeted as a person', () => {
    expect(addresseeKo(org('한결디자인'))).toMatchObject({ greet: '', vocative: '담당자님', letter: '한결디자인 담당자님', to: '한결디자인에' });
    expect(addresseeKo(org('(주)한결디자인', '박지훈', '팀장님'))).toMatchObject({ greet: '박지훈 팀장님', vocative: '팀장님', letter: '(주)한결디자인 박지훈 팀장님', to: '박지훈 팀장님께', orgSpoken: '한결디자인' });
  });
});

describe('Turkish addressee', () => {
  it('a person by first name and title', () => {
    expect(addresseeTr(person('Kemal Aydın', 'Bey'), 'formal')).toMatchObject({ greet: 'Kemal Bey', letter: 'Kemal Aydın', to: "Kemal Bey'e", you: '', extra: { both: 'ikimiz' } });
    expect(addresseeTr(person('Kemal', 'Bey'), 'formal')).toMatchObject({ greet: 'Kemal Bey', letter: 'Kemal Bey' });
    expect(addresseeTr(person('Gökçe Hanım', ''), 'warm')).toMatchObject({ greet: 'Gökçe Hanım', to: "Gökçe Hanım'a" });
    expect(addresseeTr(person('Murat Öz', ''), 'formal')).toMatchObject({ greet: 'Murat Öz', vocative: 'Murat Öz', letter: 'Murat Öz', to: "Murat Öz'e" });
    expect(addresseeTr(person('Murat Öz', ''), 'warm')).toMatchObject({ greet: 'Murat' });
  });
  it('a company through its contact, or "Sayın Yetkili" (never "Sayın Pınar Eğitim Yetkilisi")', () => {
    expect(addresseeTr(org('İpek Tekstil A.Ş.'), 'formal')).toMatchObject({ greet: '', letter: 'Yetkili', to: "İpek Tekstil'e", orgSpoken: 'İpek Tekstil', extra: { both: 'iki taraf' } });
    // No suffix after a dotted legal form: the summary goes to the short name.
    expect(addresseeTr(org('Yeni Yapı Mimarlık Ltd. Şti.'), 'formal').to).toBe("Yeni Yapı Mimarlık'a");
    expect(addresseeTr(org('Pınar Eğitim Ltd. Şti.'), 'warm')).toMatchObject({ greet: '', letter: 'Yetkili' });
    // The summary goes to the contact, with the company beside the name.
    expect(addresseeTr(org('İpek Tekstil', 'Ayşe Demir', 'Hanım'), 'formal')).toMatchObject({ greet: 'Ayşe Hanım', letter: 'Ayşe Demir', to: "Ayşe Hanım'a (İpek Tekstil)" });
    expect(addresseeTr(org('Mavi Turizm A.Ş.', 'Ece', 'Hanım'), 'formal')).toMatchObject({ letter: 'Ece Hanım', to: "Ece Hanım'a (Mavi Turizm A.Ş.)", extra: { both: 'iki taraf' } });
    expect(addresseeTr(org('Ada Yazılım', 'Deniz Kara', ''), 'formal')).toMatchObject({ greet: 'Deniz Kara', letter: 'Deniz Kara', to: "Deniz Kara'ya (Ada Yazılım)" });
  });
});

describe('Indonesian addressee', () => {
  it('Pak/Bu and the calling name in speech, Bapak/Ibu as the second person', () => {
    expect(addresseeId(person('Hendra Gunawan', 'Bapak'))).toMatchObject({ greet: 'Pak Hendra', vocative: 'Pak', letter: 'Bapak Hendra Gunawan', you: 'Bapak', to: 'Bapak Hendra Gunawan' });
    expect(addresseeId(person('Wulan', 'Ibu'))).toMatchObject({ greet: 'Bu Wulan', vocative: 'Bu', you: 'Ibu', extra: { youSaid: 'Ibu', account: 'rekening Ibu', bye: ', Bu', clientSelf: 'Saya', clientMoney: 'uang saya' } });
    expect(addresseeId(person('Pak Hendra', 'Ibu'))).toMatchObject({ greet: 'Pak Hendra', you: 'Bapak', letter: 'Bapak Hendra' });
    expect(addresseeId(person('Bu Sari Dewi', ''))).toMatchObject({ greet: 'Bu Sari', you: 'Ibu' });
  });
  it('keeps academic and professional titles in writing, not in the short spoken form', () => {
    expect(addresseeId(person('Dr. Bambang Sutrisno', 'Bapak'))).toMatchObject({ greet: 'Pak Bambang', letter: 'Bapak Dr. Bambang Sutrisno' });
    expect(addresseeId(person('Prof. Dr. Ir. Sri Wahyuni, M.Sc.', 'Ibu'))).toMatchObject({ greet: 'Bu Sri', letter: 'Ibu Prof. Dr. Ir. Sri Wahyuni, M.Sc.' });
    expect(addresseeId(person('dr. Ratna', 'Ibu'))).toMatchObject({ greet: 'Bu Ratna', letter: 'Ibu dr. Ratna' });
    expect(addresseeId(person('H. Ahmad Fauzi, S.E.', 'Bapak'))).toMatchObject({ greet: 'Pak Ahmad', letter: 'Bapak H. Ahmad Fauzi, S.E.' });
    expect(addresseeId(person('Pak Ir. Joko', ''))).toMatchObject({ greet: 'Pak Joko', letter: 'Bapak Ir. Joko' });
    // A name that merely starts like a title is a name.
    expect(addresseeId(person('Drajat Irawan', 'Bapak')).greet).toBe('Pak Drajat');
  });
  it('without Bapak or Ibu: never the bare name, never a guess (the form asks first)', () => {
    const a = addresseeId(person('Yudi Hartono', ''));
    expect(a).toMatchObject({ letter: 'Bapak/Ibu Yudi Hartono', you: 'Bapak/Ibu' });
    for (const form of [a.greet, a.vocative, a.to]) expect(form).not.toMatch(/^Yudi/u);
  });
  it('a company without a contact person: the letter goes to the person in charge by role; speech speaks to the person, the company is "pihak Bapak/Ibu"', () => {
    expect(addresseeId(org('PT Sinar Jaya'))).toMatchObject({
      greet: '', vocative: 'Pak/Bu [nama]', you: 'Bapak/Ibu', letter: 'Penanggung Jawab Proyek PT Sinar Jaya',
      extra: {
        youSaid: 'Bapak/Ibu', side: 'pihak Bapak/Ibu', sideW: 'PT Sinar Jaya', account: 'rekening atas nama PT Sinar Jaya', bye: '',
        clientSelf: 'Kami', clientMoney: 'dana kami',
      },
    });
    // The summary's address is not known yet: the close asks for it.
    expect(addresseeId(org('PT Sinar Jaya')).extra?.['askAddress']).toMatch(/alamat email/);
  });
  it('the one who paid: the person, or the company (never its representative)', () => {
    expect(addresseeId(person('Budi Santoso', 'Bapak')).extra).toMatchObject({ side: 'Bapak', sideW: 'Bapak', askAddress: '' });
    expect(addresseeId(org('CV Maju', 'Rina', 'Ibu')).extra).toMatchObject({ side: 'pihak Ibu', sideW: 'CV Maju', askAddress: '' });
  });
  it('a company with a contact person: Pak/Bu to the person, the refund to the company account', () => {
    expect(addresseeId(org('PT Sinar Jaya', 'Andi Wijaya', 'Bapak'))).toMatchObject({
      greet: 'Pak Andi', you: 'Bapak', letter: 'Bapak Andi Wijaya', to: 'Bapak Andi Wijaya (PT Sinar Jaya)',
      extra: { youSaid: 'Bapak', account: 'rekening atas nama PT Sinar Jaya', bye: ', Pak', clientSelf: 'Kami', clientMoney: 'dana kami' },
    });
  });
  it('never "Anda"', () => {
    for (const c of [person('Budi', ''), person('Budi', 'Bapak'), org('CV Maju'), org('CV Maju', 'Rina', 'Ibu')]) expect(JSON.stringify(addresseeId(c))).not.toMatch(/\bAnda\b/);
  });
});
