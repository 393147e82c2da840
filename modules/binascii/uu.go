// This file defines b2a_uu and a2b_uu.

package binascii

// B2aUu is b2a_uu(data, backtick=backtick): one line of at most 45 bytes.
func B2aUu(data []byte, backtick bool) ([]byte, *Error) {
	if len(data) > 45 {
		return nil, binErr("At most 45 bytes at once")
	}
	enc := func(v byte) byte {
		if backtick && v == 0 {
			return '`'
		}
		return ' ' + v
	}
	out := make([]byte, 0, 2+(len(data)+2)/3*4)
	out = append(out, enc(byte(len(data))))
	for i := 0; i < len(data); i += 3 {
		var chunk [3]byte
		copy(chunk[:], data[i:])
		v := uint(chunk[0])<<16 | uint(chunk[1])<<8 | uint(chunk[2])
		out = append(out, enc(byte(v>>18)), enc(byte(v>>12&63)), enc(byte(v>>6&63)), enc(byte(v&63)))
	}
	return append(out, '\n'), nil
}

// A2bUu is a2b_uu: the first character gives the length; missing characters at the end
// of the line count as zero bits, as some encoders drop trailing spaces.
func A2bUu(data []byte) ([]byte, *Error) {
	var first byte // an empty line reads C's terminating NUL as its length character
	if len(data) > 0 {
		first, data = data[0], data[1:]
	}
	n := int(first-' ') & 63
	out := make([]byte, 0, n)
	var acc uint
	bits, i := 0, 0
	for ; len(out) < n; i++ {
		var v byte
		if i < len(data) && data[i] != '\n' && data[i] != '\r' {
			c := data[i]
			if c < ' ' || c > ' '+64 {
				return nil, binErr("Illegal char")
			}
			v = (c - ' ') & 63
		}
		acc = acc<<6 | uint(v)
		bits += 6
		if bits >= 8 {
			bits -= 8
			out = append(out, byte(acc>>bits))
			acc &= 1<<bits - 1
		}
	}
	for ; i < len(data); i++ {
		if c := data[i]; c != ' ' && c != ' '+64 && c != '\n' && c != '\r' {
			return nil, binErr("Trailing garbage")
		}
	}
	return out, nil
}
