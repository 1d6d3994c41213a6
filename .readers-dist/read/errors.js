/** A problem with one input (file or entry) that the user can act on: reported in one line, never a stack trace. */
export class ReadError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ReadError';
    }
}
//# sourceMappingURL=errors.js.map