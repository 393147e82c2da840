// This file fuzzes format parsing, packing and unpacking for panics.

package structmod

import "testing"

func FuzzStruct(f *testing.F) {
	for _, s := range []string{"<iq", "@3s i", "0p", "e", "2 i", "ix3", ">QQ", "99999999999999999999i", "P\x00"} {
		f.Add(s, []byte("abcdefghijklmnopqrstuvwxyz"))
	}
	f.Fuzz(func(t *testing.T, format string, data []byte) {
		s, err := Compile(format)
		if err != nil || s.Size > 1<<16 || s.Items > 1<<12 {
			return
		}
		s.Unpack(data)
		s.UnpackFrom(data, 0)
		s.IterUnpack(data)
		vals, err := s.UnpackFrom(append(data, make([]byte, s.Size)...), 0)
		if err != nil {
			return
		}
		if _, err := s.Pack(vals); err != nil {
			t.Errorf("%q: repacking unpacked values: %v", format, err)
		}
	})
}
