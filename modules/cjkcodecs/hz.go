// This file defines the HZ codec (RFC 1843): ASCII text in which "~{"
// switches to GB2312 given as pairs of 7-bit bytes and "~}" switches back;
// "~~" is a tilde and "~\n" a line continuation.
package cjkcodecs

type hzCodec struct{ gb tableCodec }

func newHZ() *hzCodec { return &hzCodec{gb: tableCodec{name: "gb2312"}} }

func (c *hzCodec) decode(st *int, in []byte, out []rune) ([]rune, int, int) {
	b := in[0]
	if b == '~' {
		if len(in) < 2 {
			return out, 0, 0
		}
		switch b2 := in[1]; {
		case b2 == '~' && *st == 0:
			return append(out, '~'), 2, 0
		case b2 == '{' && *st == 0:
			*st = 1
		case b2 == '\n' && *st == 0:
		case b2 == '}' && *st == 1:
			*st = 0
		default:
			return out, 0, 1
		}
		return out, 2, 0
	}
	if b&0x80 != 0 {
		return out, 0, 1
	}
	if *st == 0 {
		return append(out, rune(b)), 1, 0
	}
	if len(in) < 2 {
		return out, 0, 0
	}
	o, n, _ := c.gb.decode(nil, []byte{b | 0x80, in[1] | 0x80}, out)
	if n != 2 || in[1]&0x80 != 0 {
		return out, 0, 1
	}
	return o, 2, 0
}

func (c *hzCodec) encode(st *int, in []rune, _ bool, out []byte) ([]byte, int, int) {
	r := in[0]
	if r < 0x80 {
		if *st == 1 {
			out = append(out, '~', '}')
			*st = 0
		}
		if r == '~' {
			return append(out, '~', '~'), 1, 0
		}
		return append(out, byte(r)), 1, 0
	}
	k, ok := c.gb.tab().enc.lookup(uint64(r))
	if !ok || k>>32 != 2 {
		return out, 0, 1
	}
	if *st == 0 {
		out = append(out, '~', '{')
		*st = 1
	}
	return append(out, byte(k>>8)&0x7f, byte(k)&0x7f), 1, 0
}

func (c *hzCodec) reset(st *int, out []byte) []byte {
	if *st == 1 {
		*st = 0
		out = append(out, '~', '}')
	}
	return out
}

func (c *hzCodec) initEnc() int { return 0 }

func (c *hzCodec) initDec() int { return 0 }
