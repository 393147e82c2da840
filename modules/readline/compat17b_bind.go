// This file is parse_and_bind: the inputrc lines that bind a key sequence
// to a command ("Control-b: backward-char", "\"\\t\": complete") or to a
// macro, whose text is read as if typed ("Control-a: \"text\""), and the
// "set variable value" lines.
package readline

import (
	"strconv"
	"strings"

	"krait/runtime"
)

// binding is what a key sequence does: a named command, or a macro.
type binding struct {
	command string
	macro   string
}

// bindings maps key sequences (bytes as typed) to what they do: emacs
// mode's defaults, as GNU readline's, plus the common terminal keys.
var bindings = map[string]binding{
	"\x01": {command: "beginning-of-line"}, "\x02": {command: "backward-char"},
	"\x04": {command: "delete-char"}, "\x05": {command: "end-of-line"},
	"\x06": {command: "forward-char"}, "\x08": {command: "backward-delete-char"},
	"\x7f": {command: "backward-delete-char"}, "\t": {command: "complete"},
	"\x0b": {command: "kill-line"}, "\x0c": {command: "clear-screen"},
	"\r": {command: "accept-line"}, "\n": {command: "accept-line"},
	"\x0e": {command: "next-history"}, "\x10": {command: "previous-history"},
	"\x15": {command: "unix-line-discard"}, "\x17": {command: "unix-word-rubout"},
	"\x03":   {command: "interrupt"},
	"\x1b[A": {command: "previous-history"}, "\x1b[B": {command: "next-history"},
	"\x1b[C": {command: "forward-char"}, "\x1b[D": {command: "backward-char"},
	"\x1bOA": {command: "previous-history"}, "\x1bOB": {command: "next-history"},
	"\x1bOC": {command: "forward-char"}, "\x1bOD": {command: "backward-char"},
	"\x1b[H": {command: "beginning-of-line"}, "\x1b[F": {command: "end-of-line"},
	"\x1bOH": {command: "beginning-of-line"}, "\x1bOF": {command: "end-of-line"},
	"\x1b[3~": {command: "delete-char"},
}

// variables holds the "set" lines' values by lower-case name.
var variables = map[string]string{}

// isPrefix reports whether seq starts some longer bound sequence.
func isPrefix(seq string) bool {
	for k := range bindings {
		if len(k) > len(seq) && strings.HasPrefix(k, seq) {
			return true
		}
	}
	return false
}

// parseBind applies one inputrc line; lines it does not understand are
// ignored, as readline ignores them.
func parseBind(line string) {
	line = strings.TrimSpace(line)
	if line == "" || line[0] == '#' || line[0] == '$' {
		return
	}
	if f := strings.Fields(line); len(f) >= 3 && f[0] == "set" {
		variables[strings.ToLower(f[1])] = strings.ToLower(f[2])
		return
	}
	keyPart, rest, ok := splitBind(line)
	if !ok {
		return
	}
	var key string
	if strings.HasPrefix(keyPart, "\"") {
		key = unescape(strings.Trim(keyPart, "\""))
	} else if key, ok = keyName(keyPart); !ok {
		return
	}
	rest = strings.TrimSpace(rest)
	switch {
	case key == "":
		return
	case strings.HasPrefix(rest, "\"") || strings.HasPrefix(rest, "'"):
		q := rest[:1]
		end := strings.LastIndex(rest, q)
		if end <= 0 {
			end = len(rest)
		}
		bindings[key] = binding{macro: unescape(rest[1:end])}
	default:
		if f := strings.Fields(rest); len(f) > 0 {
			bindings[key] = binding{command: strings.ToLower(f[0])}
		}
	}
}

// splitBind splits "key: value" at the colon after the key, which may be a
// quoted sequence holding colons itself.
func splitBind(line string) (string, string, bool) {
	i := 0
	if strings.HasPrefix(line, "\"") {
		for i = 1; i < len(line) && line[i] != '"'; i++ {
			if line[i] == '\\' {
				i++
			}
		}
	}
	j := strings.IndexByte(line[min(i, len(line)):], ':')
	if j < 0 {
		return "", "", false
	}
	j += i
	return strings.TrimSpace(line[:j]), line[j+1:], true
}

// keyName reads a key name: Control-x, C-x, Meta-x, M-x or a named key.
func keyName(s string) (string, bool) {
	lower := strings.ToLower(s)
	for _, p := range []string{"control-", "c-"} {
		if strings.HasPrefix(lower, p) && len(s) > len(p) {
			return string(rune(s[len(p)]) & 0x1f), true
		}
	}
	for _, p := range []string{"meta-", "m-"} {
		if strings.HasPrefix(lower, p) && len(s) > len(p) {
			k, ok := keyName(s[len(p):])
			return "\x1b" + k, ok
		}
	}
	names := map[string]string{"tab": "\t", "ret": "\r", "return": "\r", "newline": "\n",
		"lfd": "\n", "esc": "\x1b", "escape": "\x1b", "del": "\x7f", "rubout": "\x7f",
		"spc": " ", "space": " "}
	if k, ok := names[lower]; ok {
		return k, true
	}
	if len(s) == 1 {
		return s, true
	}
	return "", false
}

// unescape reads the backslash escapes of a quoted key sequence or macro.
func unescape(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c != '\\' || i+1 == len(s) {
			b.WriteByte(c)
			continue
		}
		i++
		switch c = s[i]; c {
		case 'C', 'M':
			if i+2 < len(s) && s[i+1] == '-' {
				if c == 'M' {
					b.WriteByte(0x1b)
					b.WriteByte(s[i+2])
				} else {
					b.WriteByte(s[i+2] & 0x1f)
				}
				i += 2
				continue
			}
			b.WriteByte(c)
		case 'e':
			b.WriteByte(0x1b)
		case 'a':
			b.WriteByte(7)
		case 'b':
			b.WriteByte(8)
		case 'd':
			b.WriteByte(0x7f)
		case 'f':
			b.WriteByte(12)
		case 'n':
			b.WriteByte('\n')
		case 'r':
			b.WriteByte('\r')
		case 't':
			b.WriteByte('\t')
		case 'v':
			b.WriteByte(11)
		case 'x':
			j := i + 1
			for j < len(s) && j < i+3 && strings.IndexByte("0123456789abcdefABCDEF", s[j]) >= 0 {
				j++
			}
			n, _ := strconv.ParseUint(s[i+1:j], 16, 8)
			b.WriteByte(byte(n))
			i = j - 1
		case '0', '1', '2', '3', '4', '5', '6', '7':
			j := i
			for j < len(s) && j < i+3 && s[j] >= '0' && s[j] <= '7' {
				j++
			}
			n, _ := strconv.ParseUint(s[i:j], 8, 8)
			b.WriteByte(byte(n))
			i = j - 1
		default:
			b.WriteByte(c) // \\, \", \' and any other character stand for themselves
		}
	}
	return b.String()
}

func parse_and_bind(_ value, a []value) (value, *exc) {
	s, err := strArg(a[0])
	if err != nil {
		return runtime.None, err
	}
	parseBind(s)
	return runtime.None, nil
}
