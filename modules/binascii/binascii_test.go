// This file tests the binascii core differentially against python3.11 on random inputs.

package binascii

import (
	"encoding/hex"
	"fmt"
	"math/rand"
	"testing"
)

const binasciiOracle = `
import binascii, sys
for line in sys.stdin:
    op, data, *flags = line.split()
    data = bytes.fromhex(data[2:])
    f = [int(x) for x in flags]
    try:
        if op == 'hex':
            r = binascii.hexlify(data, bytes([f[0]]), f[1]) if f[0] >= 0 else binascii.hexlify(data)
        elif op == 'unhex': r = binascii.unhexlify(data)
        elif op == 'b64': r = binascii.b2a_base64(data, newline=bool(f[0]))
        elif op == 'a64': r = binascii.a2b_base64(data, strict_mode=bool(f[0]))
        elif op == 'buu': r = binascii.b2a_uu(data, backtick=bool(f[0]))
        elif op == 'auu': r = binascii.a2b_uu(data)
        elif op == 'bqp': r = binascii.b2a_qp(data, quotetabs=bool(f[0]), istext=bool(f[1]), header=bool(f[2]))
        elif op == 'aqp': r = binascii.a2b_qp(data, header=bool(f[0]))
        elif op == 'crc32': r = binascii.crc32(data, f[0])
        elif op == 'crchqx': r = binascii.crc_hqx(data, f[0])
        print(('h:' + r.hex()) if isinstance(r, bytes) else 'i:%d' % r)
    except Exception as e:
        print('E:%s:%s' % (type(e).__name__, e))
`

func enc(b []byte, err *Error) string {
	if err != nil {
		return "E:" + err.Kind + ":" + err.Msg
	}
	return "h:" + hex.EncodeToString(b)
}

// randData draws bytes from an alphabet biased towards the characters each codec
// treats specially.
func randData(r *rand.Rand, alphabet string, max int) []byte {
	b := make([]byte, r.Intn(max+1))
	for i := range b {
		if alphabet == "" || r.Intn(20) == 0 {
			b[i] = byte(r.Intn(256))
		} else {
			b[i] = alphabet[r.Intn(len(alphabet))]
		}
	}
	return b
}

const (
	b64Chars = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/====  \n!"
	hexChars = "0123456789abcdefABCDEFg "
	qpChars  = "ab =._\t\r\n\r\n.\x00\xe9=4A=0D=\r\n"
	uuChars  = " !\"#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`\n\r\x7f"
)

type bcase struct{ in, got string }

func binasciiCases(r *rand.Rand) []bcase {
	var cs []bcase
	add := func(op string, data []byte, got string, flags ...int) {
		in := op + " h:" + hex.EncodeToString(data)
		for _, f := range flags {
			in += fmt.Sprintf(" %d", f)
		}
		cs = append(cs, bcase{in, got})
	}
	for i := 0; i < 3000; i++ {
		d := randData(r, "", 40)
		sep, per := -1, r.Intn(9)-4
		if r.Intn(3) > 0 {
			sep = int(":- \xe9"[r.Intn(4)])
			out, err := Hexlify(d, []byte{byte(sep)}, per)
			add("hex", d, enc(out, err), sep, per)
		} else {
			out, err := Hexlify(d, nil, 1)
			add("hex", d, enc(out, err), sep, per)
		}
		h := randData(r, hexChars, 12)
		add("unhex", h, enc(Unhexlify(h)))
		nl := r.Intn(2)
		add("b64", d, enc(B2aBase64(d, nl == 1), nil), nl)
		a := randData(r, b64Chars, 14)
		strict := r.Intn(2)
		add("a64", a, enc(A2bBase64(a, strict == 1)), strict)
		bt := r.Intn(2)
		u := randData(r, "", 50)
		add("buu", u, enc(B2aUu(u, bt == 1)), bt)
		ua := randData(r, uuChars, 30)
		if r.Intn(2) == 0 {
			line, _ := B2aUu(u[:r.Intn(min(len(u), 45)+1)], bt == 1)
			ua = line
			if r.Intn(3) == 0 && len(ua) > 1 {
				ua = ua[:r.Intn(len(ua))]
			}
		}
		add("auu", ua, enc(A2bUu(ua)))
		q := randData(r, qpChars, 200)
		qt, it, hd := r.Intn(2), r.Intn(2), r.Intn(2)
		add("bqp", q, enc(B2aQp(q, qt == 1, it == 1, hd == 1), nil), qt, it, hd)
		add("aqp", q, enc(A2bQp(q, hd == 1), nil), hd)
		v := r.Uint32()
		add("crc32", d, fmt.Sprintf("i:%d", Crc32(d, v)), int(v))
		add("crchqx", d, fmt.Sprintf("i:%d", CrcHqx(d, v)), int(v))
	}
	return cs
}

func TestBinasciiDifferential(t *testing.T) {
	cs := binasciiCases(rand.New(rand.NewSource(7)))
	in := make([]string, len(cs))
	for i, c := range cs {
		in[i] = c.in
	}
	want := runPython(t, binasciiOracle, in)
	bad := 0
	for i, c := range cs {
		if c.got != want[i] {
			bad++
			if bad <= 10 {
				t.Errorf("%s:\n got %s\nwant %s", c.in, c.got, want[i])
			}
		}
	}
	t.Logf("%d cases, %d mismatches", len(cs), bad)
}
