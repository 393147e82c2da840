// This file tests the shared converters and exception-class helpers that
// native modules use.

package runtime

import (
	"math/big"
	"testing"
)

func TestUnsignedLongConverter(t *testing.T) {
	huge := new(big.Int).Lsh(big.NewInt(1), 64)
	cases := []struct {
		v    Value
		want uint64
		err  *Type
	}{
		{Int(7), 7, nil},
		{True, 1, nil},
		{NewIntBig(new(big.Int).Sub(huge, big.NewInt(1))), 1<<64 - 1, nil},
		{NewIntBig(huge), 0, OverflowErrorType},
		{Int(-1), 0, ValueErrorType},
		{NewIntBig(new(big.Int).Neg(huge)), 0, ValueErrorType},
		{StrValue("1"), 0, TypeErrorType},
	}
	for _, c := range cases {
		n, err := UnsignedLongConverter(c.v)
		if c.err != nil {
			if err == nil || !err.Matches(c.err) {
				t.Errorf("%v: got %d, %v; want %s", c.v, n, err, c.err.Name)
			}
			continue
		}
		if err != nil || n != c.want {
			t.Errorf("%v: got %d, %v; want %d", c.v, n, err, c.want)
		}
	}
}

func TestLazyExceptionClass(t *testing.T) {
	get := LazyExceptionClass("mod", "Err", "Doc.", OSErrorType, ValueErrorType)
	c := get()
	if get() != c {
		t.Fatal("LazyExceptionClass built two classes")
	}
	if c.Name != "Err" || len(c.Bases) != 2 || !c.IsSubtype(BaseExceptionType) {
		t.Fatalf("class %s, bases %v", c.Name, c.Bases)
	}
	for attr, want := range map[string]string{"__module__": "mod", "__doc__": "Doc.", "__qualname__": "Err"} {
		v, err := GetAttrString(c.Value(), attr)
		if err != nil || v.Type() != StrType || v.AsStr().S != want {
			t.Errorf("%s = %v, %v; want %q", attr, v, err, want)
		}
	}
	if v, _ := GetAttrString(NewExceptionClass("m", "E", "", ExceptionType).Value(), "__doc__"); !v.IsNone() {
		t.Errorf("__doc__ without a doc = %v, want None", v)
	}
}

func TestCIntConverter(t *testing.T) {
	huge := new(big.Int).Lsh(big.NewInt(1), 70)
	for _, c := range []struct {
		v    Value
		want int
		err  *Type
	}{
		{Int(-5), -5, nil},
		{True, 1, nil},
		{Int(1<<31 - 1), 1<<31 - 1, nil},
		{Int(-1 << 31), -1 << 31, nil},
		{Int(1 << 31), 0, OverflowErrorType},
		{Int(-1<<31 - 1), 0, OverflowErrorType},
		{NewIntBig(huge), 0, OverflowErrorType},
		{NewIntBig(new(big.Int).Neg(huge)), 0, OverflowErrorType},
		{Float(1), 0, TypeErrorType},
	} {
		n, err := CIntConverter(c.v)
		switch {
		case c.err != nil && (err == nil || !err.Matches(c.err)):
			t.Errorf("%v: got %d, %v; want %s", c.v, n, err, c.err.Name)
		case c.err == nil && (err != nil || n != c.want):
			t.Errorf("%v: got %d, %v; want %d", c.v, n, err, c.want)
		}
	}
}
