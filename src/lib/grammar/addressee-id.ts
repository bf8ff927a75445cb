/**
 * Indonesian forms of the client. Bapak/Ibu is the second person throughout,
 * never "Anda" (cold, call-centre). In speech: "Pak Hendra", "Bu Wulan", and
 * "Pak"/"Bu" alone later; in a letter: "Yth. Bapak Hendra Gunawan". A company
 * is addressed as "Bapak/Ibu" and written to as "Bapak/Ibu Pimpinan PT Sinar
 * Jaya" unless a contact person is known. A person without a title is never
 * called by the bare first name: "Yth. Bapak/Ibu Yudi Hartono" in writing.
 */
import type { Addressee, ClientInfo } from './addressee.ts';
import { addressId } from './indonesian.ts';
import { normalizeName } from './normalize.ts';

const TYPED = /^(bapak|bpk\.?|pak|ibu|bu)\.?\s+/iu;

export function addresseeId(client: ClientInfo): Addressee {
  const isOrg = client.kind === 'organisation';
  const org = isOrg ? normalizeName(client.name) : '';
  const personTyped = normalizeName(isOrg ? client.contact : client.name);
  if (personTyped === '') {
    return { isOrg, greet: '', vocative: 'Bapak/Ibu', letter: `Bapak/Ibu Pimpinan ${org}`, you: 'Bapak/Ibu', to: org, org, orgSpoken: org };
  }
  const typed = TYPED.exec(personTyped)?.[1]?.toLowerCase() ?? '';
  const typedTitle = typed ? (typed.startsWith('b') && !typed.startsWith('bu') ? 'Bapak' : typed === 'bu' || typed === 'ibu' ? 'Ibu' : 'Bapak') : '';
  const title = typedTitle || (client.title === 'Bapak' || client.title === 'Ibu' ? client.title : '');
  const bare = personTyped.replace(TYPED, '');
  const first = bare.split(' ')[0] ?? bare;
  // No title given: never the bare name (child/peer register). Writing uses the
  // slash form; speech still needs a neutral form (open item, see report).
  if (!title) return { isOrg, greet: bare, vocative: bare, letter: `Bapak/Ibu ${bare}`, you: 'Bapak/Ibu', to: `Bapak/Ibu ${bare}`, org, orgSpoken: org };
  const short = title === 'Bapak' ? 'Pak' : 'Bu';
  return {
    isOrg,
    greet: `${short} ${first}`,
    vocative: short,
    letter: addressId(bare, title),
    you: title,
    to: `${title} ${first}`,
    org,
    orgSpoken: org,
  };
}
