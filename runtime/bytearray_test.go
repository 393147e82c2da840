// This file tests the bytearray type through the runtime's generic protocols.

package runtime

import "testing"

func baRepr(t *testing.T, v Value) string {
	t.Helper()
	s, err := Repr(v)
	if err != nil {
		t.Fatalf("repr: %v", err)
	}
	return s.S
}

func TestByteArrayConstruct(t *testing.T) {
	for _, c := range []struct {
		args []Value
		want string
	}{
		{nil, "bytearray(b'')"},
		{[]Value{Int(3)}, `bytearray(b'\x00\x00\x00')`},
		{[]Value{NewBytes([]byte("it's"))}, `bytearray(b"it\'s")`},
		{[]Value{StrValue("hé"), StrValue("utf-8")}, `bytearray(b'h\xc3\xa9')`},
		{[]Value{NewList([]Value{Int(65), Int(66)})}, "bytearray(b'AB')"},
	} {
		v, err := Call(ByteArrayType.Value(), c.args, nil)
		if err != nil {
			t.Fatalf("bytearray(%v): %v", c.args, err)
		}
		if got := baRepr(t, v); got != c.want {
			t.Errorf("bytearray(%v) = %s; want %s", c.args, got, c.want)
		}
	}
	for _, args := range [][]Value{{Int(-1)}, {StrValue("x")}, {NewList([]Value{Int(256)})}, {Float(1.5)}} {
		if _, err := Call(ByteArrayType.Value(), args, nil); err == nil {
			t.Errorf("bytearray(%v) did not raise", args)
		}
	}
}

func TestByteArraySliceAssign(t *testing.T) {
	v := NewByteArray([]byte("0123456789"))
	steps := []struct {
		key, val Value
		want     string
	}{
		{NewSlice(Int(1), Int(8), Int(3)), NewBytes([]byte("ABC")), "bytearray(b'0A23B56C89')"},
		{NewSlice(Int(2), Int(5), None), NewBytes(nil), "bytearray(b'0A56C89')"},
		{NewSlice(None, None, Int(2)), Value{}, "bytearray(b'A68')"},
		{Int(-1), Int(33), "bytearray(b'A6!')"},
	}
	for _, s := range steps {
		if err := SetItem(v, s.key, s.val); err != nil {
			t.Fatalf("setitem: %v", err)
		}
		if got := baRepr(t, v); got != s.want {
			t.Errorf("got %s; want %s", got, s.want)
		}
	}
	if err := SetItem(v, NewSlice(None, None, Int(2)), NewBytes([]byte("x"))); err == nil || !err.Matches(ValueErrorType) {
		t.Errorf("extended slice size mismatch: %v", err)
	}
	if err := SetItem(v, Int(0), Int(256)); err == nil || !err.Matches(ValueErrorType) {
		t.Errorf("out-of-range byte: %v", err)
	}
	if _, err := Hash(v); err == nil || !err.Matches(TypeErrorType) {
		t.Errorf("hash(bytearray) = %v; want TypeError", err)
	}
}
