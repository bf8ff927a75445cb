/**
 * Name inflection for the offboarding-script generator: Korean particles and
 * honorifics, Turkish case endings, Indonesian courtesy titles. Pure
 * string-in/string-out functions, ready to be wrapped as i18next formatters.
 */
export { normalizeName } from './normalize.ts';
export { addressKo, koParticles, koTitles, particle, type KoParticle, type KoTitle } from './korean.ts';
export {
  addressTr,
  inflectName,
  trCases,
  trTitles,
  type TrCase,
  type TrInflectOptions,
  type TrTitle,
} from './turkish.ts';
export { addressId, idTitles, type IdTitle } from './indonesian.ts';
