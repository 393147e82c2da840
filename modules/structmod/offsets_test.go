// This file tests pack_into, unpack_from, iter_unpack and calcsize errors against
// python3.11.

package structmod

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

const offsetOracle = `
import struct, sys
for line in sys.stdin:
    op, fmt, n, off = line.split()
    fmt = bytes.fromhex(fmt[2:]).decode()
    n, off = int(n), int(off)
    try:
        s = struct.Struct(fmt)
        if op == 'into':
            b = bytearray(n)
            struct.pack_into(fmt, b, off, *([1] * len(s.unpack(bytes(s.size)))))
            print(b.hex())
        elif op == 'from':
            print(s.unpack_from(bytes(range(n)), off))
        else:
            print(len(list(s.iter_unpack(bytes(n)))))
    except Exception as e:
        print('E:%s:%s' % (type(e).__name__, e))
`

func offsetCase(op, format string, n, off int) string {
	s, err := Compile(format)
	if err != nil {
		return encErr(err)
	}
	switch op {
	case "into":
		args := make([]any, s.Items)
		for i := range args {
			args[i] = 1
		}
		buf := make([]byte, n)
		if err := s.PackInto(buf, off, args); err != nil {
			return encErr(err)
		}
		return fmt.Sprintf("%x", buf)
	case "from":
		buf := make([]byte, n)
		for i := range buf {
			buf[i] = byte(i)
		}
		vals, err := s.UnpackFrom(buf, off)
		if err != nil {
			return encErr(err)
		}
		var parts []string
		for _, v := range vals {
			parts = append(parts, fmt.Sprint(v))
		}
		if len(parts) == 1 {
			return "(" + parts[0] + ",)"
		}
		return "(" + strings.Join(parts, ", ") + ")"
	}
	k, err := s.IterUnpack(make([]byte, n))
	if err != nil {
		return encErr(err)
	}
	return fmt.Sprint(k)
}

func TestOffsets(t *testing.T) {
	r := rand.New(rand.NewSource(5))
	formats := []string{"i", "<h", ">q", "bI", "", "3x", "hhb", "99999999999999999999i", "2 i", "ix3"}
	var in, got []string
	for i := 0; i < 600; i++ {
		op := []string{"into", "from", "iter"}[r.Intn(3)]
		f := formats[r.Intn(len(formats))]
		n, off := r.Intn(20), r.Intn(30)-15
		in = append(in, fmt.Sprintf("%s h:%x %d %d", op, f, n, off))
		got = append(got, offsetCase(op, f, n, off))
	}
	want := runPython(t, offsetOracle, in)
	for i := range in {
		if got[i] != want[i] {
			t.Errorf("%s: got %s, want %s", in[i], got[i], want[i])
		}
	}
}
