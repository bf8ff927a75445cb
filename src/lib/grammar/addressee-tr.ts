/**
 * Turkish forms of the client. A person is called by first name and title
 * ("Kemal Bey", "Gökçe Hanım"); without a title, by first name in a warm call
 * and by the full name in a formal one. A letter opens with the full name
 * ("Sayın Kemal Aydın,"), which careful editors prefer to the doubled
 * honorific "Sayın Kemal Bey,"; only a name typed without a surname keeps
 * its title ("Sayın Kemal Bey,").
 * A company is never greeted as a person: its contact ("Ayşe Hanım"), or
 * "İyi günler" alone, and in writing "Sayın Yetkili," with the company named
 * in the subject line — "Sayın Pınar Eğitim Yetkilisi" is not a Turkish letter
 * opening and reads as if written to a woman called Pınar.
 * "Siz" lives in the verb, so no pronoun.
 */
import type { Addressee, ClientInfo } from './addressee.ts';
import { withoutLegalForm } from './addressee.ts';
import { TR_TYPED_TITLE, addressTr, inflectName, trHonorific, trTitles, type TrTitle } from './turkish.ts';
import { normalizeName } from './normalize.ts';

const TITLED = TR_TYPED_TITLE;

/** The first name of a typed name (a typed title at the end is kept apart). */
function firstName(name: string): { first: string; typedTitle: TrTitle | '' } {
  const n = normalizeName(name);
  const m = TITLED.exec(n);
  const bare = m ? n.slice(0, m.index) : n;
  const typed = trHonorific(n, '');
  return { first: bare.split(' ')[0] ?? bare, typedTitle: typed };
}

/**
 * "Both of us" in the pushback answers (`{{both}} için de`): "ikimiz" to a person; to a company,
 * even through its contact person, "iki taraf" (you and I would be too personal for its representative).
 */
const BOTH_ORG = 'iki taraf';

/** Sector words that end a Turkish legal name before its form ("… Un Sanayi A.Ş.", "… Gıda Sanayi ve Ticaret Ltd. Şti."). */
const CLIPPED_SECTOR = /\s(?:Sanayi|Ticaret|Sanayii|San\.|Tic\.)$/u;

export function addresseeTr(client: ClientInfo, tone: 'formal' | 'warm'): Addressee {
  const isOrg = client.kind === 'organisation';
  const org = isOrg ? normalizeName(client.name) : '';
  const orgSpoken = isOrg ? withoutLegalForm(org) || org : '';
  const personName = normalizeName(isOrg ? client.contact : client.name);
  const requested = (trTitles as readonly string[]).includes(client.title) ? (client.title as TrTitle) : '';
  if (personName === '') {
    // The summary goes to the company by its short name: "Yeni Yapı Mimarlık'a", never a suffix
    // after a dotted legal form ("… Ltd. Şti.'ne").
    // A short name that ends on a sector word ("Altın Başak Un Sanayi'ye") is a clipped legal name nobody
    // says (tr review 10 #14): the company by its full name beside "şirkete", with no suffix after the dot.
    const to = CLIPPED_SECTOR.test(orgSpoken) && orgSpoken !== org ? `şirkete (${org})` : inflectName(orgSpoken, 'dat');
    return { isOrg, greet: '', vocative: '', letter: 'Yetkili', you: '', to, org, orgSpoken, extra: { both: BOTH_ORG } };
  }
  const { first, typedTitle } = firstName(personName);
  const title = typedTitle || requested;
  // Formal without a title: the full name, never no name at all — a Turkish business
  // call that opens with no name sounds like a call centre ("İyi günler Zeynep Çelik").
  const fullName = personName.replace(TITLED, '');
  const called = title ? addressTr(first, title) : tone === 'warm' ? first : fullName;
  // Whom the reader sends the summary to: the person, and for a company its name beside ("Ece Hanım'a (Mavi Turizm A.Ş.)").
  const toPerson = title ? addressTr(first, title, 'dat') : inflectName(fullName, 'dat');
  return {
    isOrg,
    greet: called,
    vocative: called,
    // In writing: the full name ("Sayın Kemal Aydın"); a first name alone keeps its title ("Sayın Kemal Bey").
    letter: fullName.includes(' ') || !title ? fullName : addressTr(first, title),
    you: '',
    to: isOrg ? `${toPerson} (${org})` : toPerson,
    org,
    orgSpoken,
    extra: { both: isOrg ? BOTH_ORG : 'ikimiz' },
  };
}
