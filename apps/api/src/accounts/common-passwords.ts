import { dictionary } from '@zxcvbn-ts/language-common';

/**
 * Passwords people pick often enough that an attacker tries them first: zxcvbn's list of common
 * passwords (from public breach corpora), plus Finnish ones and words of this service.
 */
const FINNISH = [
  'salasana',
  'salasanani',
  'salainen',
  'tunnussana',
  'kirjaudu',
  'kirjautuminen',
  'vaihdasalasana',
  'qwertyuiopå',
  'asdfghjklöä',
  'hyvääpäivää',
  'huomenta',
  'perkele',
  'saatana',
  'kissa',
  'koira',
  'kesäloma',
  'joulupukki',
  'hyvinvointi',
  'suomi',
  'suomi100',
  'suomifinland',
  'helsinki',
  'tampere',
  'kuopio',
  'jyväskylä',
  'savonlinna',
  'leijonat',
  'mörkö',
  'muumi',
  'muumipeikko',
  'aurinko',
  'rakkaus',
  'minäitse',
  'kunta',
  'kunnantalo',
  'valtuusto',
  'kaupunki',
  'sihteeri',
  'puheenjohtaja',
  'jäsen',
];
/** Words of this service and its region: a password made mostly of them is guessed first here. */
export const CONTEXT_WORDS = [
  'elinvoima',
  'elinvoimaryhmä',
  'elinvoimaryhma',
  'savogrow',
  'vesanto',
  'keitele',
  'pielavesi',
  'rautalampi',
  'suonenjoki',
  'tervo',
  'pohjoissavo',
  'pohjois-savo',
  'kokous',
  'esityslista',
  'pöytäkirja',
  'salasana',
  'password',
];

export const COMMON_PASSWORDS: ReadonlySet<string> = new Set([
  ...dictionary['passwords-common'],
  ...FINNISH,
  ...CONTEXT_WORDS,
]);
