// This file defines title(), capitalize(), swapcase() and casefold() of an
// ASCII str written straight into the new str's block (one allocation, where
// the general case mapping builds a byte slice, copies it to a Go string and
// then gives it a header).

package runtime

// strCaseM is a case-mapping str method: f for any str, ascii for an ASCII
// str of at least two characters, which maps src into dst (same length).
func strCaseM(name string, f func(string) string, ascii func(dst []byte, src string)) Method {
	return Method{Name: name, Flags: MethNoArgs, Fn: func(self Value, a []Value) (Value, *Exception) {
		s := self.AsStr()
		if len(s.S) < 2 || !s.IsASCII() {
			return StrValue(f(s.S)), nil
		}
		r, buf := newStrSpace(len(s.S))
		ascii(buf, s.S)
		if len(buf) <= 1<<31-1 {
			r.n, r.ascii = int32(len(buf)), 1
		}
		return ValueOf(r), nil
	}}
}

func isASCIILetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

// asciiTitle is str.title of ASCII text: a letter after a letter is
// lowered, any other letter is uppered.
func asciiTitle(dst []byte, src string) {
	prev := false
	for i := 0; i < len(src); i++ {
		c := src[i]
		letter := isASCIILetter(c)
		if letter {
			if prev {
				c |= 0x20
			} else {
				c &^= 0x20
			}
		}
		dst[i] = c
		prev = letter
	}
}

// asciiCapitalize is str.capitalize of ASCII text.
func asciiCapitalize(dst []byte, src string) {
	for i := 0; i < len(src); i++ {
		c := src[i]
		if isASCIILetter(c) {
			if i == 0 {
				c &^= 0x20
			} else {
				c |= 0x20
			}
		}
		dst[i] = c
	}
}

// asciiSwapcase is str.swapcase of ASCII text.
func asciiSwapcase(dst []byte, src string) {
	for i := 0; i < len(src); i++ {
		c := src[i]
		if isASCIILetter(c) {
			c ^= 0x20
		}
		dst[i] = c
	}
}

// asciiLower is str.lower (and casefold) of ASCII text.
func asciiLower(dst []byte, src string) {
	for i := 0; i < len(src); i++ {
		c := src[i]
		if c >= 'A' && c <= 'Z' {
			c |= 0x20
		}
		dst[i] = c
	}
}
