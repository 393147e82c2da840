// This file defines the padding methods of str: center, ljust, rjust, zfill and
// expandtabs, with widths counted in code points.
package runtime

import "strings"

// maxStrLen bounds the strings padding and repetition may build (in bytes), so that a huge
// width raises MemoryError, as CPython's failed allocation does, instead of a fatal Go
// out-of-memory error, which no recover can catch. Like maxFormatWidth it is 2 GiB.
const maxStrLen = 1 << 31

func fillChar(fill string) (string, *pyErr) {
	if fill == "" || wtf8Size(fill[0]) != len(fill) {
		return "", &pyErr{"TypeError", "The fill character must be exactly one character long"}
	}
	return fill, nil
}

// strPad returns s with left and right copies of fill around it.
func strPad(s string, left, right int, fill string) (string, *pyErr) {
	if left+right > maxStrLen {
		return "", &pyErr{"MemoryError", ""}
	}
	var b strings.Builder
	b.Grow(len(s) + (left+right)*len(fill))
	for ; left > 0; left-- {
		b.WriteString(fill)
	}
	b.WriteString(s)
	for ; right > 0; right-- {
		b.WriteString(fill)
	}
	return b.String(), nil
}

// StrCenter is str.center(width, fillchar).
func StrCenter(s string, width int, fill string) (string, *pyErr) {
	fill, err := fillChar(fill)
	if err != nil {
		return "", err
	}
	n := StrLen(s)
	if width <= n {
		return s, nil
	}
	marg := width - n
	left := marg/2 + (marg & width & 1)
	return strPad(s, left, marg-left, fill)
}

// StrLJust is str.ljust(width, fillchar).
func StrLJust(s string, width int, fill string) (string, *pyErr) {
	fill, err := fillChar(fill)
	if err != nil {
		return "", err
	}
	if n := StrLen(s); width > n {
		return strPad(s, 0, width-n, fill)
	}
	return s, nil
}

// StrRJust is str.rjust(width, fillchar).
func StrRJust(s string, width int, fill string) (string, *pyErr) {
	fill, err := fillChar(fill)
	if err != nil {
		return "", err
	}
	if n := StrLen(s); width > n {
		return strPad(s, width-n, 0, fill)
	}
	return s, nil
}

// StrZfill is str.zfill(width): zeros on the left, after a leading sign.
func StrZfill(s string, width int) (string, *pyErr) {
	n := StrLen(s)
	if width <= n {
		return s, nil
	}
	out, err := strPad(s, width-n, 0, "0")
	if err != nil {
		return "", err
	}
	if s != "" && (s[0] == '+' || s[0] == '-') {
		b := []byte(out)
		b[0], b[width-n] = s[0], '0'
		return string(b), nil
	}
	return out, nil
}

// StrExpandTabs is str.expandtabs(tabsize): each tab becomes spaces up to the next
// multiple of tabsize columns (none when tabsize <= 0); \n and \r restart the column.
func StrExpandTabs(s string, tabsize int) (string, *pyErr) {
	if strings.IndexByte(s, '\t') < 0 {
		return s, nil
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	col := 0
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\t':
			if tabsize > 0 {
				incr := tabsize - col%tabsize
				if b.Len()+incr > maxStrLen {
					return "", &pyErr{"MemoryError", ""}
				}
				col += incr
				for ; incr > 0; incr-- {
					b.WriteByte(' ')
				}
			}
			i++
		case c == '\n' || c == '\r':
			col = 0
			b.WriteByte(c)
			i++
		default:
			size := cpLen(s, i)
			b.WriteString(s[i : i+size])
			col++
			i += size
		}
	}
	return b.String(), nil
}
