import { describe, expect, it } from 'vitest';
import { adjacentEchoes, ignoredWords, nameInTwoItems, normalise, sameDateTwice, stem, thanksSentences, todayUntilThen } from './echo.ts';

describe('normalise and stem', () => {
  it('lowercases Turkish with its own dotted and dotless i', () => {
    expect(normalise('İADE ISLAK', 'tr')).toBe('iade ıslak');
    expect(normalise('İade, «dosyaları»!', 'tr')).toBe('iade dosyaları');
  });
  it('stems crudely per language', () => {
    expect(stem('작업을', 'ko')).toBe('작업');
    expect(stem('계약', 'ko')).toBe('계약');
    expect(stem('dosyaları', 'tr')).toBe(stem('dosyayı', 'tr'));
    expect(stem('dikirimkan', 'id')).toBe(stem('kirimkan', 'id'));
    expect(stem('mengirimkan', 'id')).toBe('irim'); // crude: meN- + dropped k is not restored (documented limitation)
    expect(stem('berkasnya', 'id')).toBe('berkas'); // ber- is not cut when only "kas" would be left
  });
});

describe('adjacentEchoes: a hand-written echo is caught, a clean pair is not', () => {
  it('ko', () => {
    expect(adjacentEchoes(['남은 작업을 마무리하고 파일을 보내 드리겠습니다.', '그다음 작업을 마무리하겠습니다.'], 'ko').map((e) => e.what)).toContain('작업 마무');
    expect(adjacentEchoes(['남은 작업은 12월 4일까지 마치겠습니다.', '완성된 파일은 그날 메일로 보내 드리겠습니다.'], 'ko')).toEqual([]);
    // One sentence: 종료일 … 종료일.
    expect(adjacentEchoes(['계약 종료일까지 일하고 달력에 종료일을 표시해 두기'], 'ko')).toHaveLength(1);
  });
  it('tr', () => {
    expect(adjacentEchoes(['Bütün dosyaları bugün göndereceğim.', 'Dosyaları aldığınızda haber verin.'], 'tr').map((e) => e.what)).toEqual(['dosyaları']);
    expect(adjacentEchoes(['Bütün dosyaları bugün göndereceğim.', 'Aldığınızda haber verin.'], 'tr')).toEqual([]);
    expect(adjacentEchoes(['Bütün dosyaları bugün göndereceğim ve dosyaları arşivleyeceğim.'], 'tr').map((e) => e.what)).toEqual(['dosya']);
    expect(adjacentEchoes(['Size yüz yüze söylemek istedim.', 'Bunu söylemek kolay değil.'], 'tr').map((e) => e.what)).toEqual(['söylemek']);
    expect(adjacentEchoes(['İşin yüzde 40’ı tamamlandı.', 'Kalan kısım için iade yapacağım.'], 'tr')).toEqual([]);
  });
  it('id', () => {
    expect(adjacentEchoes(['Seluruh pekerjaan sudah selesai.', 'Setelah itu kerja sama kita selesai.'], 'id').map((e) => e.what)).toEqual(['selesai']);
    expect(adjacentEchoes(['Untuk cara pengembaliannya, sampaikan cara yang paling mudah.'], 'id').map((e) => e.what)).toEqual(['cara']);
    expect(adjacentEchoes(['Seluruh pekerjaan sudah rampung.', 'Berkas final saya kirim hari ini juga.'], 'id')).toEqual([]);
  });
});

describe('adjacentEchoes: what is not an echo', () => {
  it('a word pointed back to by a demonstrative (anaphora)', () => {
    expect(adjacentEchoes(['계좌 정보를 알려 주시면 그 계좌로 보내 드리겠습니다.'], 'ko')).toEqual([]);
    expect(adjacentEchoes(['Ödemeyi hangi yolla yaptıysanız iadeyi de aynı yolla alacaksınız.'], 'tr')).toEqual([]);
    expect(adjacentEchoes(['Pastikan nomor rekening klien sudah diterima, lalu transfer dana ke rekening tersebut.'], 'id')).toEqual([]);
  });
  it('a reduplication (sık sık, hal-hal) and a parenthetical aside', () => {
    expect(adjacentEchoes(['Ücreti ve kapsamı sık sık yeniden konuşuyoruz.'], 'tr')).toEqual([]);
    expect(adjacentEchoes(['Berikut rangkuman hal-hal penting dari pembicaraan kita.'], 'id')).toEqual([]);
    expect(adjacentEchoes(['Firmanızla yetkili biriyle görüşebilir miyim?', '(Yetkili telefona gelince) Merhaba.'], 'tr')).toEqual([]);
  });
  it('names the reader typed', () => {
    const lines = ['Renk Atölye ile çalışabilirsiniz.', 'Renk Atölye iletişim bilgilerini yazacağım.'];
    expect(adjacentEchoes(lines, 'tr')).not.toEqual([]);
    expect(adjacentEchoes(lines, 'tr', { ignore: ignoredWords(['Renk Atölye'], 'tr') })).toEqual([]);
  });
  it('a checklist (sameForm: false) ends parallel items on the same verb; a shared phrase still counts', () => {
    const items = ['Yazılı özeti gönderin', 'Belgeleri geri gönderin'];
    expect(adjacentEchoes(items, 'tr')).toHaveLength(1);
    expect(adjacentEchoes(items, 'tr', { sameForm: false })).toEqual([]);
    expect(adjacentEchoes(['Sebelum mengirim ringkasan tertulis, periksa kontaknya', 'Kirim ringkasan tertulis hari ini'], 'id', { sameForm: false })).toHaveLength(1);
  });
});

describe('sameDateTwice', () => {
  it('finds a date written twice in one sentence, in every language', () => {
    expect(sameDateTwice("Dosyaları 4 Aralık'a kadar teslim edin (son iş günü: 4 Aralık'ta)", 'tr')).toBe("4 aralık");
    expect(sameDateTwice('2026년 12월 4일(금)까지 보내고 12월 4일에 확인하기', 'ko')).toBe('12월 4일');
    expect(sameDateTwice('hari kerja terakhir: Jumat, 4 Desember 2026; batas pengiriman berkas: Jumat, 4 Desember 2026', 'id')).toBe('4 desember');
  });
  it('lets two different dates pass', () => {
    expect(sameDateTwice("Dosyaları 4 Aralık'a kadar, iadeyi 14 Aralık'a kadar yapın", 'tr')).toBeUndefined();
    expect(sameDateTwice('12월 4일까지 보내고 12월 14일까지 환불하기', 'ko')).toBeUndefined();
  });
});

describe('thanksSentences', () => {
  it('counts the sentences that thank', () => {
    expect(thanksSentences(['그동안 감사했습니다. 좋은 하루 보내세요.', '함께해 주셔서 고맙습니다.'], 'ko')).toHaveLength(2);
    expect(thanksSentences(['İlginiz için teşekkür ederim.'], 'tr')).toHaveLength(1);
    expect(thanksSentences(['Sampai jumpa.'], 'id')).toHaveLength(0);
  });
});

describe('nameInTwoItems', () => {
  it('finds two checklist steps about the same referral, and lets one step per referral pass', () => {
    const items = ['Özetteki Nur Aksu iletişim bilgisini kontrol edin', 'Nur Aksu’nun telefonunu hazır tutun', 'Kayıtlarınızı saklayın'];
    expect(nameInTwoItems(items, ['Nur Aksu'], 'tr').map((e) => e.what)).toEqual(['Nur Aksu']);
    expect(nameInTwoItems(items.slice(1), ['Nur Aksu', 'Renk Atölye'], 'tr')).toEqual([]);
  });
});

describe('todayUntilThen', () => {
  it('flags "today … until then" in one sentence, per language', () => {
    expect(todayUntilThen('Sözleşmemiz bugün sona erecek; o zamana kadar işlerinizi sürdüreceğim.', 'tr')).toBe(true);
    expect(todayUntilThen('계약은 오늘 끝나고, 그때까지 평소처럼 일하겠습니다.', 'ko')).toBe(true);
    expect(todayUntilThen('Kontrak berakhir hari ini dan sampai saat itu saya tetap bekerja.', 'id')).toBe(true);
  });
  it('lets a later day with "until then" pass', () => {
    expect(todayUntilThen("Sözleşmemiz 15 Ocak'ta sona erecek; o zamana kadar işlerinizi sürdüreceğim.", 'tr')).toBe(false);
    expect(todayUntilThen('계약은 1월 15일에 끝나고, 그때까지 평소처럼 일하겠습니다.', 'ko')).toBe(false);
  });
});
