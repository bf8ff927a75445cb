/**
 * Indonesian forms of the client. Bapak/Ibu is the second person throughout,
 * never "Anda" (cold, call-centre). In speech: "Pak Hendra", "Bu Wulan", and
 * "Pak"/"Bu" alone later; in a letter: "Yth. Bapak Dr. Hendra Gunawan" (titles
 * before the name stay in writing, not in the short spoken form).
 *
 * A person is never called by the bare name, and "Bapak/Ibu" is never spoken to
 * one person: that slash is a form-letter device. So the form requires Bapak or
 * Ibu whenever an Indonesian text addresses a person (validateInput); the
 * fallback below exists only for callers that skip validation.
 *
 * An organisation without a contact person: the call first asks for the person
 * in charge and greets them with a slot to fill in ("Baik, Pak/Bu [nama]");
 * once known, that person is spoken to as "Bapak/Ibu" (the slot the reader fills),
 * and what the company paid or sent is "pihak Bapak/Ibu". The letter goes to the person the call was held with,
 * by role ("Yth. Bapak/Ibu Penanggung Jawab Proyek CV Sinar Ilmu"), not to the head of the
 * company; a sent message never carries the spoken slot "[nama]".
 *
 * `extra` carries the forms only Indonesian templates use:
 * - youSaid: the second person in speech, always a pronoun-like form (Bapak / Ibu; "Bapak/Ibu" for
 *   the not-yet-known person in charge), so the bare-verb passive ("yang Bapak berikan") stays
 *   grammatical: an organisation's name never fills that slot (*"yang PT X gunakan"*);
 * - side / sideW: whose money, materials and trust it was, in speech and in writing. A person is
 *   that person (Bapak); for an organisation it is the company, not the one in the room: "pihak Ibu"
 *   said to its representative, its name in writing ("pembayaran dari PT Graha Baru");
 * - askAddress: after the close of a talk with a person not known before, a question where the
 *   written summary should go ('' otherwise: the address is known);
 * - account: whose bank account a refund goes to (rekening Ibu / rekening atas nama PT …);
 * - letterBlock: the addressee block of a formal letter (the person, then their organisation's line);
 * - bye: the vocative after a closing wish, with its comma (", Pak"), '' when unknown;
 * - clientSelf / clientMoney: the client's own voice in the pushback lines. Someone
 *   speaking for a company says "Kami" and "dana kami" (the money is the company's),
 *   a private client "Saya" and "uang saya".
 */
import type { Addressee, ClientInfo } from './addressee.ts';
import { addressId, idHonorific, withoutPreNominal } from './indonesian.ts';
import { normalizeName } from './normalize.ts';

const TYPED = /^(?:bapak|bpk|pak|ibu|bu)(?:\.\s*|\s+)/iu;

/** The stage note for a listener not known before the call. */
export const ID_UNKNOWN_LISTENER = 'Pak/Bu [nama]';

/** The client's first person in the pushback lines (see `extra`). */
const voice = (isOrg: boolean) => (isOrg ? { clientSelf: 'Kami', clientMoney: 'dana kami' } : { clientSelf: 'Saya', clientMoney: 'uang saya' });

export function addresseeId(client: ClientInfo): Addressee {
  const isOrg = client.kind === 'organisation';
  const org = isOrg ? normalizeName(client.name) : '';
  const personTyped = normalizeName(isOrg ? client.contact : client.name);
  if (personTyped === '') {
    return {
      isOrg, greet: '', vocative: ID_UNKNOWN_LISTENER, letter: `Penanggung Jawab Proyek ${org}`, you: 'Bapak/Ibu', to: org, org, orgSpoken: org,
      extra: {
        youSaid: 'Bapak/Ibu', side: 'pihak Bapak/Ibu', sideW: org, account: `rekening atas nama ${org}`, bye: '',
        askAddress: ' Boleh saya minta alamat email Bapak/Ibu untuk itu? (Setelah dicatat)', ...voice(true),
        // The letter is sent as written: never the spoken slot "Pak/Bu [nama]", but the role, with
        // "Bapak/Ibu" written out (the convention for a recipient whose name is not known).
        letterBlock: `Bapak/Ibu Penanggung Jawab Proyek ${org}`,
      },
    };
  }
  const title = idHonorific(personTyped, client.title);
  const bare = personTyped.replace(TYPED, '');
  const first = withoutPreNominal(bare).split(' ')[0]?.replace(/,$/u, '') ?? bare;
  const at = isOrg ? ` (${org})` : '';
  if (!title) {
    // Not reachable from the form (validateInput asks for Bapak or Ibu): no guess, no bare name.
    return {
      isOrg, greet: `Pak/Bu ${first}`, vocative: 'Pak/Bu', letter: `Bapak/Ibu ${bare}`, you: 'Bapak/Ibu', to: `Bapak/Ibu ${bare}${at}`, org, orgSpoken: org,
      extra: {
        youSaid: 'Bapak/Ibu', side: isOrg ? 'pihak Bapak/Ibu' : 'Bapak/Ibu', sideW: isOrg ? org : 'Bapak/Ibu',
        account: isOrg ? `rekening atas nama ${org}` : 'rekening Bapak/Ibu', bye: ', Pak/Bu', askAddress: '', ...voice(isOrg),
        letterBlock: isOrg && org ? `Bapak/Ibu ${bare}\n${org}` : `Bapak/Ibu ${bare}`,
      },
    };
  }
  const short = title === 'Bapak' ? 'Pak' : 'Bu';
  const letter = addressId(bare, title);
  return {
    isOrg,
    greet: `${short} ${first}`,
    vocative: short,
    letter,
    you: title,
    // The reader's checklist names the person in full, and the organisation they speak for.
    to: `${letter}${at}`,
    org,
    orgSpoken: org,
    // A refund to an organisation goes to its account, not to the contact person's own.
    extra: {
      youSaid: title, side: isOrg ? `pihak ${title}` : title, sideW: isOrg ? org : title,
      account: isOrg ? `rekening atas nama ${org}` : `rekening ${title}`, bye: `, ${short}`, askAddress: '', ...voice(isOrg),
      // A formal letter to someone at an organisation names the organisation under the person
      // ("Yth. Bapak Hendra Wijaya" / "PT Cahaya Nusantara Abadi"); the comma goes after the block.
      letterBlock: isOrg && org ? `${letter}\n${org}` : letter,
    },
  };
}
