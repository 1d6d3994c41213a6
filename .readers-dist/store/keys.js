// Normal forms for looking actors up: `norm` for aliases (case and accents folded), `translitKey` for spellings
// that differ only by transliteration (Pashinyan/Pashinian, Tokayev/Tokaev, Sergei/Sergey, Zelensky/Zelenskiy).
export function norm(name) {
    return name.normalize('NFKD').replace(/\p{M}/gu, '').replace(/[’‘`]/g, "'").replace(/\s+/g, ' ').trim().toLowerCase();
}
export function translitKey(name) {
    return norm(name)
        .replace(/[^a-z ]/g, '')
        .replace(/x/g, 'ks')
        .replace(/y/g, 'i')
        .replace(/([aeiou])i(?=[aeiou])/g, '$1')
        .replace(/(.)\1+/g, '$1');
}
//# sourceMappingURL=keys.js.map