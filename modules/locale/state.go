// This file holds the process's locale, per category, as C's setlocale
// does, and resolves locale names. Krait carries the data of the locales
// glibc builds in: "C" (alias "POSIX") and "C.UTF-8" (any spelling of the
// UTF-8 codeset: C.utf8, C.UTF8, C.utf-8). Every other name is refused
// with "unsupported locale setting", as glibc refuses a locale that is not
// installed.

package locale

import (
	"os"
	"strings"
	"sync"
	"unicode"
)

// The glibc category numbers; LC_ALL (6) sets or queries all of them.
const (
	lcCtype          = 0
	lcNumeric        = 1
	lcTime           = 2
	lcCollate        = 3
	lcMonetary       = 4
	lcMessages       = 5
	lcAll            = 6
	lcIdentification = 12
)

// categoryNames are the glibc category names in composite-name order.
var categoryNames = []struct {
	cat  int
	name string
}{
	{0, "LC_CTYPE"}, {1, "LC_NUMERIC"}, {2, "LC_TIME"}, {3, "LC_COLLATE"}, {4, "LC_MONETARY"},
	{5, "LC_MESSAGES"}, {7, "LC_PAPER"}, {8, "LC_NAME"}, {9, "LC_ADDRESS"}, {10, "LC_TELEPHONE"},
	{11, "LC_MEASUREMENT"}, {12, "LC_IDENTIFICATION"},
}

var (
	mu      sync.Mutex
	current [lcIdentification + 1]string // the name each category is set to
)

// init sets the locale CPython has at start-up: every category "C" except
// LC_CTYPE, which is taken from the environment (CPython calls
// setlocale(LC_CTYPE, "")) and coerced to C.UTF-8 when that gives "C" and
// LC_ALL does not force it (PEP 538).
func init() {
	for i := range current {
		current[i] = "C"
	}
	if name, ok := resolve(envName(lcCtype, "LC_CTYPE")); ok {
		current[lcCtype] = name
	}
	if current[lcCtype] == "C" && os.Getenv("LC_ALL") == "" {
		current[lcCtype] = "C.UTF-8"
	}
}

// envName is the locale name "" stands for in category cat: LC_ALL, then
// the category's own variable, then LANG, then "C".
func envName(cat int, catName string) string {
	for _, v := range []string{"LC_ALL", catName, "LANG"} {
		if s := os.Getenv(v); s != "" {
			return s
		}
	}
	return "C"
}

// resolve returns the name setlocale reports for a requested locale name,
// and false if no such locale is available.
func resolve(name string) (string, bool) {
	switch name {
	case "C", "POSIX":
		return "C", true
	}
	lang, codeset, ok := strings.Cut(name, ".")
	if ok && lang == "C" && normalizeCodeset(codeset) == "utf8" {
		return name, true
	}
	return "", false
}

// normalizeCodeset is glibc's _nl_normalize_codeset: letters lowered and
// digits kept, everything else dropped; an all-digit codeset gets "iso".
func normalizeCodeset(s string) string {
	var b strings.Builder
	digitsOnly := true
	for _, r := range s {
		switch {
		case unicode.IsLetter(r) && r < 128:
			b.WriteRune(unicode.ToLower(r))
			digitsOnly = false
		case r >= '0' && r <= '9':
			b.WriteRune(r)
		}
	}
	if digitsOnly && b.Len() > 0 {
		return "iso" + b.String()
	}
	return b.String()
}

// isUTF8 reports whether the locale name uses the UTF-8 codeset.
func isUTF8(name string) bool {
	_, codeset, ok := strings.Cut(name, ".")
	return ok && normalizeCodeset(codeset) == "utf8"
}

// validCategory reports whether cat is a glibc category.
func validCategory(cat int64) bool {
	return cat >= 0 && cat <= lcIdentification
}

// query returns the name of category cat; for LC_ALL, the common name or a
// composite "LC_CTYPE=...;LC_NUMERIC=..." string when they differ.
func query(cat int) string {
	if cat != lcAll {
		return current[cat]
	}
	same := true
	for _, c := range categoryNames {
		if current[c.cat] != current[lcCtype] {
			same = false
		}
	}
	if same {
		return current[lcCtype]
	}
	parts := make([]string, len(categoryNames))
	for i, c := range categoryNames {
		parts[i] = c.name + "=" + current[c.cat]
	}
	return strings.Join(parts, ";")
}

// set changes category cat to the locale name (""= from the environment)
// and returns the new name, or false if the locale is unavailable; nothing
// changes then.
func set(cat int, name string) (string, bool) {
	if cat != lcAll {
		catName := ""
		for _, c := range categoryNames {
			if c.cat == cat {
				catName = c.name
			}
		}
		if name == "" {
			name = envName(cat, catName)
		}
		r, ok := resolve(name)
		if !ok {
			return "", false
		}
		current[cat] = r
		return r, true
	}
	var next [lcIdentification + 1]string
	if strings.Contains(name, "=") {
		if !parseComposite(name, &next) {
			return "", false
		}
	} else {
		for _, c := range categoryNames {
			n := name
			if n == "" {
				n = envName(c.cat, c.name)
			}
			r, ok := resolve(n)
			if !ok {
				return "", false
			}
			next[c.cat] = r
		}
	}
	for _, c := range categoryNames {
		current[c.cat] = next[c.cat]
	}
	return query(lcAll), true
}

// parseComposite reads a composite LC_ALL name, which must name every
// category, into next.
func parseComposite(name string, next *[lcIdentification + 1]string) bool {
	seen := 0
	for _, part := range strings.Split(name, ";") {
		k, v, ok := strings.Cut(part, "=")
		if !ok {
			return false
		}
		found := false
		for _, c := range categoryNames {
			if c.name == k {
				r, ok := resolve(v)
				if !ok {
					return false
				}
				next[c.cat], found = r, true
				seen++
			}
		}
		if !found {
			return false
		}
	}
	return seen == len(categoryNames)
}
