/** The canonical name folded to ASCII lower case, every run of other characters turned into one '-'. */
export function slugify(name) {
    return name
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .replace(/ß/g, 'ss')
        .replace(/[ıİ]/g, 'i')
        .toLowerCase()
        .replace(/[^a-z0-9]+/g, '-')
        .replace(/^-+|-+$/g, '');
}
export function actorId(kind, name) {
    return `${kind}:${slugify(name)}`;
}
//# sourceMappingURL=id.js.map