// A spelling key under which transliteration variants of one name meet: Pashinyan/Pashinian, Sergei/Sergey,
// Tokayev/Tokaev, Yury/Yuri, Dmitry/Dmitri. It is used only to link names inside one article (or with the seed
// list of people), never as a loose similarity on its own.
const memo = new Map<string, string>();

export function spellingKey(word: string): string {
  let key = memo.get(word);
  if (key === undefined) {
    if (memo.size > 50_000) memo.clear();
    key = computeKey(word);
    memo.set(word, key);
  }
  return key;
}

function computeKey(word: string): string {
  return word
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    // "al-Sisi", "el-Sisi" and "Sisi" are one name: the Arabic article is not part of the key.
    .replace(/^(?:al|el|ad|ar|as|ash|at|az|an)-(?=\p{L}{3})/u, '')
    .replace(/[’']/g, '')
    .replace(/ks/g, 'x')
    .replace(/kh/g, 'h')
    .replace(/ff$/, 'v')
    .replace(/[yj](?=[aeiou])/g, 'i')
    .replace(/y/g, 'i')
    .replace(/([aeiou])i/g, '$1')
    .replace(/(.)\1+/g, '$1');
}
