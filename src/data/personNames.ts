// Name lists that decide a person's name by its shape.

/**
 * Common East Asian family names, written first ("Xi Jinping", "Lee Jae-myung", "Nguyen Van An"):
 * followed by one or two short given-name words, they make a person even when a given name is
 * also a place word ("Park").
 */
export const EAST_ASIAN_SURNAMES: readonly string[] = [
  'kim', 'lee', 'park', 'choi', 'jung', 'chung', 'kang', 'cho', 'yoon', 'yun', 'jang', 'lim', 'han', 'oh', 'seo', 'shin', 'kwon',
  'hwang', 'ahn', 'song', 'ryu', 'hong', 'moon', 'yang', 'ko', 'noh', 'roh', 'ban', 'chun', 'yoo',
  'li', 'wang', 'zhang', 'liu', 'chen', 'zhao', 'huang', 'zhou', 'wu', 'xu', 'sun', 'hu', 'zhu', 'gao', 'lin', 'he', 'guo',
  'ma', 'luo', 'liang', 'xie', 'tang', 'han', 'feng', 'deng', 'cao', 'peng', 'zeng', 'xiao', 'tian', 'dong', 'pan', 'yuan',
  'cai', 'jiang', 'yu', 'du', 'ye', 'cheng', 'wei', 'su', 'lu', 'ding', 'shen', 'ren', 'yao', 'xi', 'qin', 'bo', 'hua', 'wen',
  'nguyen', 'tran', 'le', 'pham', 'vo', 'phan', 'dang', 'bui', 'ngo', 'duong',
];

/**
 * Arabic kinship words inside a name ("Abu", "Umm": father, mother of; "bin", "ibn", "bint", "ould":
 * son, daughter of). They make a person's name, also when a later part of it is a demonym
 * ("Abu Tarik al-Yemeni").
 */
export const ARABIC_KINSHIP_PARTICLES: readonly string[] = ['abu', 'umm', 'bin', 'ibn', 'bint', 'ould'];

/**
 * Verbs of meeting someone in person ("X received Ana Kos", "X met with Ana Kos"): with a person as
 * the object, a single name nothing knows as their subject is a person too. Verbs that companies and
 * states do to people as often ("hired", "appointed", "welcomed", "invited") are left out.
 */
export const PERSON_MEETING_VERBS: readonly string[] = [
  'met', 'meets', 'received', 'receives', 'hosted', 'hosts', 'greeted', 'greets', 'phoned', 'phones', 'telephoned',
  'telephones', 'congratulated', 'congratulates', 'embraced', 'embraces', 'hugged', 'hugs', 'married', 'marries',
];
