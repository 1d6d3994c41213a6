export function dateFor(_doc, _dates, _span) {
    return null;
}
//# sourceMappingURL=date-for.js.map