/**
 * The Turkish courtesy title of a person, apart from the Turkish grammar so that
 * the generator's form (which validates every output language) does not load the
 * whole of turkish.ts on Korean and Indonesian pages (budget: 30 KB gzip).
 */
import { normalizeName } from './normalize.ts';

/** A title typed after the name ("Yusuf Bey", "Ayşe hanımefendi"). */
export const TR_TYPED_TITLE = /\s+(Bey|Hanım|Beyefendi|Hanımefendi)$/iu;

/**
 * The courtesy title a Turkish text uses for `name`: one typed after the name, else
 * the one chosen (`title`), else ''. A client spoken to as "siz" is "Yusuf Bey",
 * never a bare "Yusuf" (tr review 13: a bare first name goes with "sen").
 */
export function trHonorific(name: string, title: string): 'Bey' | 'Hanım' | '' {
  const typed = TR_TYPED_TITLE.exec(normalizeName(name))?.[1];
  if (typed) return typed.toLocaleLowerCase('tr').startsWith('b') ? 'Bey' : 'Hanım';
  return title === 'Bey' || title === 'Hanım' ? title : '';
}
