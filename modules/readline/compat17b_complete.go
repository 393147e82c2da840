// This file is completion as GNU readline does it for CPython: the word
// before the cursor (back to a completer delimiter) goes to the completer
// with state 0, 1, ... until it returns None; one match replaces the word,
// several put their longest common prefix in its place, and a second Tab
// that adds nothing lists them, through the display hook when one is set.
// CPython sets no append character, so nothing follows a completed word.
package readline

import (
	"sort"
	"strings"
	"unicode/utf8"

	"krait/runtime"
)

// begidx and endidx are the bounds (in characters) of the word last
// completed: get_begidx() and get_endidx().
var begidx, endidx int

// complete is the complete command; listing is true on a Tab that follows
// one which left the line as it was. It reports whether the line changed.
func (e *editor) complete(listing bool) bool {
	if variables["disable-completion"] == "on" || state.completer.IsNull() || state.completer.IsNone() {
		e.insert([]rune{'\t'})
		return true
	}
	beg := e.pos
	for beg > 0 && !strings.ContainsRune(state.delims, e.buf[beg-1]) {
		beg--
	}
	begidx, endidx = beg, e.pos
	text := string(e.buf[beg:e.pos])
	matches := collectMatches(text)
	if len(matches) == 0 {
		write("\a")
		return false
	}
	prefix := commonPrefix(matches)
	if len(matches) == 1 || utf8.RuneCountInString(prefix) > e.pos-beg {
		e.buf = append(e.buf[:beg], append([]rune(prefix), e.buf[e.pos:]...)...)
		changed := prefix != text
		e.pos = beg + utf8.RuneCountInString(prefix)
		return changed
	}
	if !listing && variables["show-all-if-ambiguous"] != "on" {
		write("\a")
		return false
	}
	e.listMatches(prefix, matches)
	return false
}

// collectMatches asks the completer for its matches of text, sorted and
// without duplicates; an error ends the list, as CPython drops it.
func collectMatches(text string) []string {
	var out []string
	for i := 0; ; i++ {
		r, err := runtime.Call(state.completer, []value{runtime.StrValue(text), runtime.Int(int64(i))}, nil)
		if err != nil || r.IsNone() {
			break
		}
		s, ok := r.TryStr()
		if !ok {
			break
		}
		out = append(out, s.S)
	}
	sort.Strings(out)
	uniq := out[:0]
	for i, s := range out {
		if i == 0 || s != out[i-1] {
			uniq = append(uniq, s)
		}
	}
	return uniq
}

func commonPrefix(ms []string) string {
	p := []rune(ms[0])
	for _, m := range ms[1:] {
		r := []rune(m)
		n := 0
		for n < len(p) && n < len(r) && p[n] == r[n] {
			n++
		}
		p = p[:n]
	}
	return string(p)
}

// listMatches shows the matches under the line: through the display hook,
// called as (substitution, matches, longest_match_length), or in columns.
func (e *editor) listMatches(prefix string, matches []string) {
	longest := 0
	for _, m := range matches {
		longest = max(longest, utf8.RuneCountInString(m))
	}
	write("\n")
	if h := state.displayHook; !h.IsNull() && !h.IsNone() {
		items := make([]value, len(matches))
		for i, m := range matches {
			items[i] = runtime.StrValue(m)
		}
		runtime.Call(h, []value{runtime.StrValue(prefix), runtime.NewList(items), runtime.Int(int64(longest))}, nil)
		return
	}
	perLine := max(80/(longest+2), 1)
	var b strings.Builder
	for i, m := range matches {
		b.WriteString(m)
		if (i+1)%perLine == 0 || i == len(matches)-1 {
			b.WriteString("\n")
		} else {
			b.WriteString(strings.Repeat(" ", longest+2-utf8.RuneCountInString(m)))
		}
	}
	write(b.String())
}

func get_begidx(value, []value) (value, *exc) { return runtime.Int(int64(begidx)), nil }

func get_endidx(value, []value) (value, *exc) { return runtime.Int(int64(endidx)), nil }
