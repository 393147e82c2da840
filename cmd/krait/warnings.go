// This file defines how `krait -X dump-ast` shows the warnings the front end
// raises (SyntaxWarning for "1if", DeprecationWarning for "\d"), as python3
// shows them when it compiles a script: through the default warning filters
// and -W options, formatted as "file:line: Category: message" followed by
// the stripped source line.

package main

import (
	"fmt"
	"io"
	"strings"

	"krait/syntax"
)

// warnFilter is one entry of the warnings filter list, reduced to what
// compile-time warnings can match: an action and a category.
type warnFilter struct {
	action   string
	category string // "" or "Warning" match every category
}

// defaultFilters are CPython 3.11's filters for a release build, as they
// apply to compile-time warnings (whose module is the file name, never
// __main__).
var defaultFilters = []warnFilter{
	{"ignore", "DeprecationWarning"},
	{"ignore", "PendingDeprecationWarning"},
	{"ignore", "ImportWarning"},
	{"ignore", "ResourceWarning"},
}

// warnActions expands the one-letter abbreviations -W accepts.
var warnActions = map[string]string{
	"d": "default", "i": "ignore", "e": "error", "a": "always", "m": "module", "o": "once",
}

// filters returns the filter list in priority order: the last -W option
// first, then the defaults.
func (c *cmdline) filters() []warnFilter {
	var fs []warnFilter
	for i := len(c.warnopts) - 1; i >= 0; i-- {
		parts := strings.Split(c.warnopts[i], ":")
		action := strings.TrimSpace(parts[0])
		if a, ok := warnActions[action]; ok {
			action = a
		}
		cat := ""
		if len(parts) > 2 {
			cat = strings.TrimSpace(parts[2])
			cat = cat[strings.LastIndexByte(cat, '.')+1:] // builtins.SyntaxWarning
		}
		fs = append(fs, warnFilter{action, cat})
	}
	return append(fs, defaultFilters...)
}

// shown reports whether a warning of the category gets printed. "error"
// would turn it into an exception, which dump-ast does not model; it prints
// the warning instead.
func shown(filters []warnFilter, category string) bool {
	for _, f := range filters {
		if f.category == "" || f.category == "Warning" || f.category == category {
			return f.action != "ignore"
		}
	}
	return true
}

// printWarnings writes the warnings python3 would show for the program.
// src is nil when python3 cannot read the source back (-c, stdin), in which
// case the source line is left out as linecache leaves it.
func printWarnings(w io.Writer, c *cmdline, ws []syntax.Warning, filename string, src []byte) {
	filters := c.filters()
	var lines []string
	if src != nil {
		lines = splitLines(string(src))
	}
	for _, warn := range ws {
		if !shown(filters, warn.Category) {
			continue
		}
		fmt.Fprintf(w, "%s:%d: %s: %s\n", filename, warn.Lineno, warn.Category, warn.Msg)
		if n := warn.Lineno; n >= 1 && n <= len(lines) {
			if line := pyStrip(lines[n-1]); line != "" {
				fmt.Fprintf(w, "  %s\n", line)
			}
		}
	}
}

// splitLines splits text at \n, \r\n and \r, as the lines python3 counts.
func splitLines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	s = strings.ReplaceAll(s, "\r", "\n")
	return strings.Split(s, "\n")
}

// pyStrip is str.strip(): it removes Python's whitespace, which includes
// the separators \x1c-\x1f that Go's unicode.IsSpace does not.
func pyStrip(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return r == ' ' || r >= '\t' && r <= '\r' || r >= 0x1c && r <= 0x1f || r == 0x85 || r == 0xa0 ||
			r == 0x1680 || r >= 0x2000 && r <= 0x200a || r == 0x2028 || r == 0x2029 || r == 0x202f ||
			r == 0x205f || r == 0x3000
	})
}
