/**
 * Echoes that exist today in the composed texts (found by compose-echo.test.ts over its matrix), listed so
 * the test passes on this branch and fails on any NEW echo. Grouped: one reason (why) per echo, then every
 * exact sentence pair it produces across the matrix (a === b: within one sentence). [real] = a clear
 * first-glance echo; [mild] = a repeated word an editor may let pass. Remove a group when its templates are
 * fixed: the test lists the pairs that no longer occur. Details and template keys: round10/echo-{ko,tr,id}.txt.
 */
import type { Lang } from '../../i18n/locales.ts';

export interface KnownEcho {
  /** The repeated stem or phrase, or the check (date twice, today … until then), as the test reports it. */
  what: string;
  why: string;
  /** [a, b]: the two sentences (the same sentence twice for an echo within one sentence). */
  pairs: [string, string][];
}

export const knownEchoes: Record<Lang, KnownEcho[]> = {
  ko: [
    {
      what: "연락",
      why: "[mild] the parallel «X 연락처는 … Y의 연락처는» is wanted (ko review 15); «Y도 확인해서» read as checking the person (review 19, first glance)",
      pairs: [
        ["글다움 연락처는 메일에 같이 적어 드리고, 문장공방의 연락처는 확인해서 따로 알려 드릴게요.", "글다움 연락처는 메일에 같이 적어 드리고, 문장공방의 연락처는 확인해서 따로 알려 드릴게요."],
        ["글다움 연락처는 메일에 함께 적어 드리고, 문장공방의 연락처는 확인해서 따로 알려 드리겠습니다.", "글다움 연락처는 메일에 함께 적어 드리고, 문장공방의 연락처는 확인해서 따로 알려 드리겠습니다."],
      ],
    },
  ],
  tr: [
    {
      what: "yenil",
      why: "[mild] yenileme maddesi … yenilememe bildirimini: the legal terms need both words; an editor may let it pass",
      pairs: [
        ["Sözleşmenizde otomatik yenileme maddesi varsa yenilememe bildirimini sözleşmede öngörülen süre içinde yazılı olarak yapın", "Sözleşmenizde otomatik yenileme maddesi varsa yenilememe bildirimini sözleşmede öngörülen süre içinde yazılı olarak yapın"],
      ],
    },
  ],
  id: [
    {
      what: "transfer",
      why: "[mild] transfer dana … bukti transfernya: transfer twice in the bank refund step",
      pairs: [
        ["Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp6.600.000 ke rekening tersebut paling lambat Jumat, 4 Desember 2026; kirim bukti transfernya kepada Bapak Andi Saputra dan simpan salinannya", "Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp6.600.000 ke rekening tersebut paling lambat Jumat, 4 Desember 2026; kirim bukti transfernya kepada Bapak Andi Saputra dan simpan salinannya"],
        ["Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Jumat, 4 Desember 2026; kirim bukti transfernya kepada Bapak Andi Saputra dan simpan salinannya", "Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Jumat, 4 Desember 2026; kirim bukti transfernya kepada Bapak Andi Saputra dan simpan salinannya"],
        ["Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Jumat, 11 Desember 2026; kirim bukti transfernya kepada Bapak Andi Saputra dan simpan salinannya", "Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Jumat, 11 Desember 2026; kirim bukti transfernya kepada Bapak Andi Saputra dan simpan salinannya"],
        ["Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Senin, 14 Desember 2026; kirim bukti transfernya kepada Bapak Andi Saputra dan simpan salinannya", "Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Senin, 14 Desember 2026; kirim bukti transfernya kepada Bapak Andi Saputra dan simpan salinannya"],
        ["Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp6.600.000 ke rekening tersebut paling lambat Jumat, 4 Desember 2026; kirim bukti transfernya kepada PT Samudra Logistik dan simpan salinannya", "Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp6.600.000 ke rekening tersebut paling lambat Jumat, 4 Desember 2026; kirim bukti transfernya kepada PT Samudra Logistik dan simpan salinannya"],
        ["Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Jumat, 4 Desember 2026; kirim bukti transfernya kepada PT Samudra Logistik dan simpan salinannya", "Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Jumat, 4 Desember 2026; kirim bukti transfernya kepada PT Samudra Logistik dan simpan salinannya"],
        ["Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Jumat, 11 Desember 2026; kirim bukti transfernya kepada PT Samudra Logistik dan simpan salinannya", "Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Jumat, 11 Desember 2026; kirim bukti transfernya kepada PT Samudra Logistik dan simpan salinannya"],
        ["Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Senin, 14 Desember 2026; kirim bukti transfernya kepada PT Samudra Logistik dan simpan salinannya", "Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Senin, 14 Desember 2026; kirim bukti transfernya kepada PT Samudra Logistik dan simpan salinannya"],
        ["Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp6.600.000 ke rekening tersebut paling lambat Jumat, 4 Desember 2026; kirim bukti transfernya kepada Ibu Siti Rahmawati (PT Samudra Logistik) dan simpan salinannya", "Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp6.600.000 ke rekening tersebut paling lambat Jumat, 4 Desember 2026; kirim bukti transfernya kepada Ibu Siti Rahmawati (PT Samudra Logistik) dan simpan salinannya"],
        ["Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Jumat, 4 Desember 2026; kirim bukti transfernya kepada Ibu Siti Rahmawati (PT Samudra Logistik) dan simpan salinannya", "Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Jumat, 4 Desember 2026; kirim bukti transfernya kepada Ibu Siti Rahmawati (PT Samudra Logistik) dan simpan salinannya"],
        ["Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Jumat, 11 Desember 2026; kirim bukti transfernya kepada Ibu Siti Rahmawati (PT Samudra Logistik) dan simpan salinannya", "Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Jumat, 11 Desember 2026; kirim bukti transfernya kepada Ibu Siti Rahmawati (PT Samudra Logistik) dan simpan salinannya"],
        ["Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Senin, 14 Desember 2026; kirim bukti transfernya kepada Ibu Siti Rahmawati (PT Samudra Logistik) dan simpan salinannya", "Pastikan nomor rekening klien sudah Anda terima, lalu transfer dana pengembalian sebesar Rp3.960.000 ke rekening tersebut paling lambat Senin, 14 Desember 2026; kirim bukti transfernya kepada Ibu Siti Rahmawati (PT Samudra Logistik) dan simpan salinannya"],
      ],
    },
  ],
};
