export const id = 403;
export const ids = [403];
export const modules = {

/***/ 55403:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   b: () => (/* binding */ hasGlob),
/* harmony export */   t: () => (/* binding */ globToRegExp)
/* harmony export */ });
/**
 * A shell-style path pattern as an anchored regular expression: `*` and `?` stay within one path
 * segment, `**` spans segments (`a/**` + `/b` also matches `a/b`), `[abc]`, `[!a-z]` classes, `\` escapes.
 */
function globToRegExp(pattern) {
    let source = '';
    for (let i = 0; i < pattern.length; i++) {
        const ch = pattern[i];
        if (ch === '*') {
            if (pattern[i + 1] === '*') {
                i++;
                if (pattern[i + 1] === '/') {
                    i++;
                    source += '(?:.*/)?';
                }
                else
                    source += '.*';
            }
            else
                source += '[^/]*';
        }
        else if (ch === '?')
            source += '[^/]';
        else if (ch === '[') {
            const end = pattern.indexOf(']', i + 2);
            if (end === -1)
                source += '\\[';
            else {
                let body = pattern.slice(i + 1, end);
                const negated = body.startsWith('!') || body.startsWith('^');
                if (negated)
                    body = body.slice(1);
                source += `[${negated ? '^/' : ''}${body.replace(/[\\\]^]/g, '\\$&')}]`;
                i = end;
            }
        }
        else if (ch === '\\' && i + 1 < pattern.length) {
            source += escapeRegExp(pattern[++i]);
        }
        else
            source += escapeRegExp(ch);
    }
    return new RegExp(`^${source}$`);
}
/** True when the text holds a character `globToRegExp` treats specially. */
function hasGlob(pattern) {
    return /[*?[]/.test(pattern);
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}


/***/ })

};
