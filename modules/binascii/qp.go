// This file defines the quoted-printable conversions b2a_qp and a2b_qp.

package binascii

import "bytes"

const qpMaxLine = 76

// A2bQp is a2b_qp(data, header=header).
func A2bQp(data []byte, header bool) []byte {
	out := make([]byte, 0, len(data))
	for in := 0; in < len(data); {
		c := data[in]
		switch {
		case c == '=':
			in++
			if in >= len(data) {
				return out
			}
			switch d := data[in]; {
			case d == '\n' || d == '\r': // soft line break
				if d != '\n' {
					for in < len(data) && data[in] != '\n' {
						in++
					}
				}
				if in < len(data) {
					in++
				}
			case d == '=': // written by an old, broken Python encoder
				out = append(out, '=')
				in++
			case in+1 < len(data) && hexVal(d) >= 0 && hexVal(data[in+1]) >= 0:
				out = append(out, byte(hexVal(d)<<4|hexVal(data[in+1])))
				in += 2
			default:
				out = append(out, '=')
			}
		case header && c == '_':
			out = append(out, ' ')
			in++
		default:
			out = append(out, c)
			in++
		}
	}
	return out
}

// qpEncoder holds the output and line state of b2a_qp.
type qpEncoder struct {
	out     []byte
	lineLen int
	crlf    bool
}

func (e *qpEncoder) softBreak() {
	e.out = append(e.out, '=')
	e.newline()
	e.lineLen = 0
}

func (e *qpEncoder) newline() {
	if e.crlf {
		e.out = append(e.out, '\r')
	}
	e.out = append(e.out, '\n')
}

func (e *qpEncoder) quoted(c byte) {
	e.out = append(e.out, '=', "0123456789ABCDEF"[c>>4], "0123456789ABCDEF"[c&15])
}

// needsQuote is b2a_qp's rule for a byte that must be written as =XX.
func needsQuote(data []byte, in, lineLen int, quoteTabs, isText, header bool) bool {
	c := data[in]
	last := in+1 == len(data)
	switch {
	case c > 126 || c == '=' || (header && c == '_'):
		return true
	case c == '.' && lineLen == 0 && (last || data[in+1] == '\n' || data[in+1] == '\r' || data[in+1] == 0):
		return true
	case !isText && (c == '\r' || c == '\n'):
		return true
	case (c == '\t' || c == ' ') && last:
		return true
	}
	return c < 33 && c != '\r' && c != '\n' && (quoteTabs || (c != '\t' && c != ' '))
}

// B2aQp is b2a_qp(data, quotetabs, istext, header). Line ends are written as CRLF
// throughout when the first LF in data is preceded by CR.
func B2aQp(data []byte, quoteTabs, isText, header bool) []byte {
	e := &qpEncoder{out: make([]byte, 0, len(data)+len(data)/8)}
	if p := bytes.IndexByte(data, '\n'); p > 0 && data[p-1] == '\r' {
		e.crlf = true
	}
	for in := 0; in < len(data); {
		c := data[in]
		if needsQuote(data, in, e.lineLen, quoteTabs, isText, header) {
			if e.lineLen+3 >= qpMaxLine {
				e.softBreak()
			}
			e.quoted(c)
			in++
			e.lineLen += 3
			continue
		}
		if isText && (c == '\n' || (in+1 < len(data) && c == '\r' && data[in+1] == '\n')) {
			e.lineLen = 0
			// Whitespace at the end of a line must be protected.
			if n := len(e.out); n > 0 && (e.out[n-1] == ' ' || e.out[n-1] == '\t') {
				ws := e.out[n-1]
				e.out = e.out[:n-1]
				e.quoted(ws)
			}
			e.newline()
			if c == '\r' {
				in += 2
			} else {
				in++
			}
			continue
		}
		if in+1 != len(data) && data[in+1] != '\n' && e.lineLen+1 >= qpMaxLine {
			e.softBreak()
		}
		e.lineLen++
		if header && c == ' ' {
			e.out = append(e.out, '_')
		} else {
			e.out = append(e.out, c)
		}
		in++
	}
	return e.out
}
