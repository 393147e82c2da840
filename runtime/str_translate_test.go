// This file tests str.maketrans, str.translate, bytes.maketrans and bytes.translate
// against python3.11.
package runtime

import (
	"math/rand"
	"testing"
)

func TestStrTranslateRandom(t *testing.T) {
	o := newOracle(t)
	rng := rand.New(rand.NewSource(7))
	for i := 0; i < 500; i++ {
		s := randStr(rng, 10)
		// A table over some code points of s and a few others.
		table := map[rune]any{}
		pairs := []any{}
		for k := rng.Intn(5); k > 0; k-- {
			src := codePoints(randSub(rng, s) + "a")[0]
			var v any
			switch rng.Intn(4) {
			case 0:
				v = nil
			case 1:
				v = randStr(rng, 2)
			case 2:
				v = []int{0x41, 0xe9, 0x1F600, -1, 0x110000}[rng.Intn(5)]
			default:
				v = 0xD800
			}
			if _, dup := table[src]; dup {
				continue
			}
			table[src] = v
			pairs = append(pairs, pyTuple{int(src), v})
		}
		lookup := func(c rune) (TranslateAction, string, *pyErr) {
			v, ok := table[c]
			if !ok {
				return TranslateKeep, "", nil
			}
			switch v := v.(type) {
			case nil:
				return TranslateDelete, "", nil
			case string:
				return TranslateReplace, v, nil
			case int:
				if err := TranslateRangeCheck(int64(v)); err != nil {
					return 0, "", err
				}
				return TranslateReplace, string(appendCodePoint(nil, rune(v))), nil
			}
			return 0, "", TranslateTypeError()
		}
		r, err := StrTranslate(s, lookup)
		o.check(r, err, "tr", s, pairs)

		x, y, z := randStr(rng, 4), randStr(rng, 4), randStr(rng, 3)
		if rng.Intn(3) > 0 {
			y = StrSwapcase(x)
			if StrLen(y) != StrLen(x) {
				y = x
			}
		}
		ents, err := StrMakeTrans(x, y, z)
		var got []any
		if err == nil {
			// Fold repeated keys the way a dict does: the first position, the last value.
			pos := map[rune]int{}
			for _, e := range ents {
				var v any = int64(e.Value)
				if e.Delete {
					v = nil
				}
				if p, ok := pos[e.Key]; ok {
					got[p].([]any)[1] = v
					continue
				}
				pos[e.Key] = len(got)
				got = append(got, []any{int64(e.Key), v})
			}
			if got == nil {
				got = []any{}
			}
		}
		o.check(got, err, "maketrans", x, y, z)

		bs := []byte(randStr(rng, 6))
		from, to := []byte(randStr(rng, 3)), []byte(randStr(rng, 3))
		bt, err := BytesMakeTrans(from, to)
		o.check(bt, err, "bmaketrans", from, to)
		if err == nil {
			del := []byte(randStr(rng, 2))
			r, err := BytesTranslate(bs, bt, del)
			o.check(r, err, "translate", bs, bt, del)
			r, err = BytesTranslate(bs, nil, del)
			o.check(r, err, "translate", bs, nil, del)
			r, err = BytesTranslate(bs, bt[:255], del)
			o.check(r, err, "translate", bs, bt[:255], del)
		}
	}
}
