import { describe, expect, it } from 'vitest';
import fixtures from '../../../tests/fixtures/names-tr.json';
import { addressTr, inflectName, trCases, trTitles, type TrCase, type TrTitle } from './turkish.ts';

function asCase(value: string): TrCase {
  if (!(trCases as readonly string[]).includes(value)) throw new Error(`not a case: ${value}`);
  return value as TrCase;
}

function asTitle(value: string): TrTitle {
  if (!(trTitles as readonly string[]).includes(value)) throw new Error(`not a title: ${value}`);
  return value as TrTitle;
}

const nameRows = fixtures.names.flatMap((row) =>
  Object.entries(row.expected).map(([c, expected]) => ({ input: row.input, c, expected, rule: row.rule })),
);

const addressRows = fixtures.addresses.flatMap((row) =>
  Object.entries(row.cases).map(([c, expected]) => ({ name: row.name, title: row.title, c, expected })),
);

describe('inflectName() — fixture table', () => {
  it('covers at least 40 names', () => {
    expect(fixtures.names.length).toBeGreaterThanOrEqual(40);
  });

  it.each(nameRows)('$rule: $input + $c → $expected', ({ input, c, expected }) => {
    expect(inflectName(input, asCase(c))).toBe(expected);
  });
});

describe('addressTr() — fixture table', () => {
  it.each(fixtures.addresses)('$name + "$title" → "$expected"', ({ name, title, expected }) => {
    expect(addressTr(name, asTitle(title))).toBe(expected);
  });

  it.each(addressRows)('$name + "$title" + $c → "$expected"', ({ name, title, c, expected }) => {
    expect(addressTr(name, asTitle(title), asCase(c))).toBe(expected);
  });
});

describe('inflectName() — rules', () => {
  it.each([
    ['İETT', 'dat', "İETT'ye"],
    ['ÖSYM', 'dat', "ÖSYM'ye"],
    ['TOGG', 'gen', "TOGG'un"],
    ['IKEA', 'dat', "IKEA'ya"],
    ['UEFA', 'abl', "UEFA'dan"],
    ['KEMAL', 'dat', "KEMAL'e"],
    ['Kemâl', 'gen', "Kemâl'in"],
    ['COVID-19', 'dat', "COVID-19'a"],
    ['3,5', 'dat', "3,5'e"],
    ['LinkedIn', 'dat', "LinkedIn'e"],
    ['Michelle', 'gen', "Michelle'in"],
    ['Kelly', 'dat', "Kelly'ye"],
    ['Tariq', 'loc', "Tariq'te"],
    ['Acme Inc.', 'gen', "Acme Inc.'in"],
    ['Yıldız AŞ', 'dat', "Yıldız AŞ'ne"],
    ['Koç Sistemleri', 'loc', "Koç Sistemleri'nde"],
  ] as const)('%s + %s → %s', (name, c, expected) => {
    expect(inflectName(name, c)).toBe(expected);
  });

  it('puts the ending after a closing quotation mark without an apostrophe', () => {
    expect(inflectName('“Acme”', 'dat')).toBe('“Acme”ye');
    expect(inflectName('"Yıldız"', 'abl')).toBe('"Yıldız"dan');
  });

  it('inflects the word before a trailing parenthetical', () => {
    expect(inflectName('Acme (Türkiye)', 'dat')).toBe("Acme'ye (Türkiye)");
  });

  it('takes harmony from a given reading when spelling cannot tell', () => {
    expect(inflectName('Kate', 'dat', { reading: 'keyt' })).toBe("Kate'e");
    expect(inflectName('George', 'gen', { reading: 'corc' })).toBe("George'un");
    expect(inflectName('Mike', 'loc', { reading: 'mayk' })).toBe("Mike'ta");
  });

  it('drops a stray apostrophe the reader typed', () => {
    expect(inflectName("Ahmet'", 'dat')).toBe("Ahmet'e");
  });

  it('leaves a name with nothing readable at the end uninflected', () => {
    expect(inflectName('C++', 'dat')).toBe('C++');
  });

  it('never returns "undefined"', () => {
    expect(inflectName(undefined as unknown as string, 'dat')).toBe('');
    expect(inflectName('Ahmet', 'nom' as TrCase)).toBe('Ahmet');
    expect(addressTr(null as unknown as string, 'Bey', 'dat')).toBe('');
  });

  it('normalises decomposed letters (s + combining cedilla) before harmonising', () => {
    expect(inflectName('Barıs\u0327', 'dat')).toBe("Barış'a");
  });
});

describe('addressTr()', () => {
  it('returns the bare name without title or case', () => {
    expect(addressTr('Ahmet')).toBe('Ahmet');
  });
  it('passes a reading through when there is no title', () => {
    expect(addressTr('Kate', '', 'dat', { reading: 'keyt' })).toBe("Kate'e");
  });
  it('lists the titles for a UI', () => {
    expect(trTitles).toEqual(['', 'Bey', 'Hanım']);
    expect(trCases).toEqual(['acc', 'dat', 'loc', 'abl', 'gen', 'ins']);
  });
});

describe('inflectName() — palatal final consonant takes front endings', () => {
  const rows: ReadonlyArray<readonly [string, TrCase, string]> = [
    ['Arslan Dijital', 'abl', "Arslan Dijital'den"],
    ['Arslan Dijital', 'dat', "Arslan Dijital'e"],
    ['DİJİTAL', 'loc', "DİJİTAL'de"],
    ['DIJITAL', 'abl', "DIJITAL'den"],
    ['Kaya Global', 'gen', "Kaya Global'in"],
    ['Global', 'ins', "Global'le"],
    ['Total', 'abl', "Total'den"],
    ['Yıldız Kontrol', 'acc', "Yıldız Kontrol'ü"],
    ['Ege Sosyal', 'loc', "Ege Sosyal'de"],
    ['Normal', 'dat', "Normal'e"],
    ['İstanbul Festival', 'abl', "İstanbul Festival'den"],
    ['Ideal', 'acc', "Ideal'i"],
    ['Helal', 'gen', "Helal'in"],
    ['İstikbal', 'dat', "İstikbal'e"],
    ['İstiklal', 'loc', "İstiklal'de"],
    ['Kabul', 'acc', "Kabul'ü"],
    ['Usul', 'dat', "Usul'e"],
    ['Saat', 'dat', "Saat'e"],
    ['Saat', 'loc', "Saat'te"],
    ['Celal', 'abl', "Celal'den"],
    ['Bilal', 'ins', "Bilal'le"],
    ['Meral', 'dat', "Meral'e"],
    ['Nihal', 'gen', "Nihal'in"],
    ['Cemal', 'acc', "Cemal'i"],
    ['Ayşe Hilal', 'abl', "Ayşe Hilal'den"],
    ['Aras Metal', 'gen', "Aras Metal'in"],
    // controls: back-vowel l-final words keep back endings
    ['Arslan', 'abl', "Arslan'dan"],
    ['Anadolu Kanal', 'loc', "Anadolu Kanal'da"],
    ['Işıl', 'dat', "Işıl'a"],
  ];
  it.each(rows)('%s + %s → %s', (name, c, expected) => {
    expect(inflectName(name, c)).toBe(expected);
  });
});

describe('inflectName() — names typed into the script generator', () => {
  // Each row: the typed name, then acc, dat, loc, abl, gen, ins endings as a Turkish editor writes them.
  const rows: ReadonlyArray<readonly [string, string]> = [
    // vowel-final given names and firms: buffer y / n
    ['Ayşe', "'yi 'ye 'de 'den 'nin 'yle"],
    ['Tolga', "'yı 'ya 'da 'dan 'nın 'yla"],
    ['Nur Aksu', "'yu 'ya 'da 'dan 'nun 'yla"],
    ['Çizgi Stüdyo', "'yu 'ya 'da 'dan 'nun 'yla"],
    ['Renk Atölye', "'yi 'ye 'de 'den 'nin 'yle"],
    ['Ateş Medya', "'yı 'ya 'da 'dan 'nın 'yla"],
    // voiceless finals: d → t, no softening in a proper name
    ['Tuğba Ak', "'ı 'a 'ta 'tan 'ın 'la"],
    ['Deniz Reklamcılık', "'ı 'a 'ta 'tan 'ın 'la"],
    ['Yol Ajans', "'ı 'a 'ta 'tan 'ın 'la"],
    ['Zeynep', "'i 'e 'te 'ten 'in 'le"],
    ['Berk', "'i 'e 'te 'ten 'in 'le"],
    ['Umut', "'u 'a 'ta 'tan 'un 'la"],
    // voiced finals
    ['Tan Çizim', "'i 'e 'de 'den 'in 'le"],
    ['Erdem Yazılım', "'ı 'a 'da 'dan 'ın 'la"],
    ['Gül', "'ü 'e 'de 'den 'ün 'le"],
    ['Oğuz', "'u 'a 'da 'dan 'un 'la"],
    // possessive heads and legal forms: pronominal n
    ['Kod Atölyesi', "'ni 'ne 'nde 'nden 'nin 'yle"],
    ['Işık Tasarım Evi', "'ni 'ne 'nde 'nden 'nin 'yle"],
    ['Kaya Hukuk Bürosu', "'nu 'na 'nda 'ndan 'nun 'yla"],
    ['Marka Ajansı', "'nı 'na 'nda 'ndan 'nın 'yla"],
    ['Pınar Eğitim Ltd. Şti.', "'ni 'ne 'nde 'nden 'nin 'yle"],
    ['Mavi Turizm A.Ş.', "'ni 'ne 'nde 'nden 'nin 'yle"],
    ['Deniz Yapı San. ve Tic. Ltd. Şti.', "'ni 'ne 'nde 'nden 'nin 'yle"],
    ['Ozan Ltd.', "'i 'e 'de 'den 'in 'le"],
    // compound names whose last word carries the possessive -(s)I: buffer n, not y
    ['Dil Köprüsü', "'nü 'ne 'nde 'nden 'nün 'yle"],
    ['Boğaziçi Köprüsü', "'nü 'ne 'nde 'nden 'nün 'yle"],
    ['Galata Kulesi', "'ni 'ne 'nde 'nden 'nin 'yle"],
    ['Kapak Stüdyosu', "'nu 'na 'nda 'ndan 'nun 'yla"],
    ['Yazı Evi', "'ni 'ne 'nde 'nden 'nin 'yle"],
    ['Pandora Kitabevi', "'ni 'ne 'nde 'nden 'nin 'yle"],
    ['Çeviri Ekibi', "'ni 'ne 'nde 'nden 'nin 'yle"],
    ['Yazarlar Derneği', "'ni 'ne 'nde 'nden 'nin 'yle"],
    ['Anadolu Mutfağı', "'nı 'na 'nda 'ndan 'nın 'yla"],
    ['Harf Matbaası', "'nı 'na 'nda 'ndan 'nın 'yla"],
    ['Ses Çarşısı', "'nı 'na 'nda 'ndan 'nın 'yla"],
    ['Mimar Sinan Güzel Sanatlar Üniversitesi', "'ni 'ne 'nde 'nden 'nin 'yle"],
    ['Yeşil Bahçesi', "'ni 'ne 'nde 'nden 'nin 'yle"],
    // …while ordinary names ending in a vowel keep the buffer y
    ['Ayşe', "'yi 'ye 'de 'den 'nin 'yle"],
    ['Ece', "'yi 'ye 'de 'den 'nin 'yle"],
    ['Elif Ece', "'yi 'ye 'de 'den 'nin 'yle"],
    ['Mehmet Karasu', "'yu 'ya 'da 'dan 'nun 'yla"],
    ['Deniz Aksu', "'yu 'ya 'da 'dan 'nun 'yla"],
    ['Francesco Rosi', "'yi 'ye 'de 'den 'nin 'yle"],
    ['Ali Doğu', "'yu 'ya 'da 'dan 'nun 'yla"],
    ['Kemal Sunay Ergüzeli', "'yi 'ye 'de 'den 'nin 'yle"],
    ['Köprüsü', "'yü 'ye 'de 'den 'nün 'yle"],
    // palatal l and loanwords: front endings after a back vowel
    ['Hilal Er', "'i 'e 'de 'den 'in 'le"],
    ['Şahin Dijital', "'i 'e 'de 'den 'in 'le"],
    ['Arslan Digital', "'i 'e 'de 'den 'in 'le"],
    ['Resul', "'ü 'e 'de 'den 'ün 'le"],
    ['Ekol', "'ü 'e 'de 'den 'ün 'le"],
    ['Murat Saat', "'i 'e 'te 'ten 'in 'le"],
    ['Kanal', "'ı 'a 'da 'dan 'ın 'la"],
    // numbers read aloud, circumflex, Bey/Hanım
    ['Ajans 34', "'ü 'e 'te 'ten 'ün 'le"],
    ['Kanal 7', "'yi 'ye 'de 'den 'nin 'yle"],
    ['Ofis 2000', "'i 'e 'de 'den 'in 'le"],
    ['Rüzgâr', "'ı 'a 'da 'dan 'ın 'la"],
    ['Hâle', "'yi 'ye 'de 'den 'nin 'yle"],
    ['Ebru Hanım', "'ı 'a 'da 'dan 'ın 'la"],
    ['Ahmet Bey', "'i 'e 'de 'den 'in 'le"],
    // foreign spellings
    ['Studio Nord', "'u 'a 'da 'dan 'un 'la"],
    ['Adobe', "'yi 'ye 'de 'den 'nin 'yle"],
  ];
  it.each(rows)('%s → %s', (name, endings) => {
    const expected = endings.split(' ').map((e) => `${name}${e}`);
    expect(trCases.map((c) => inflectName(name, c))).toEqual(expected);
  });
});
