package runtime

import (
	"math"
	"testing"
	"unsafe"
)

func TestValueLayout(t *testing.T) {
	if s := unsafe.Sizeof(Value{}); s != 16 {
		t.Fatalf("Value is %d bytes, want 16", s)
	}
	if s := unsafe.Sizeof(Header{}); s != 8 {
		t.Fatalf("Header is %d bytes, want 8", s)
	}
}

func TestUnboxedNumbers(t *testing.T) {
	for _, i := range []int64{0, 1, -1, math.MaxInt64, math.MinInt64} {
		v := Int(i)
		if !v.IsSmallInt() || v.IsFloat() || v.SmallInt() != i || v.Type() != IntType {
			t.Errorf("Int(%d) round trip failed", i)
		}
	}
	for _, f := range []float64{0, math.Copysign(0, -1), 1.5, math.Inf(-1), math.MaxFloat64} {
		v := Float(f)
		if !v.IsFloat() || v.IsSmallInt() || math.Float64bits(v.AsFloat()) != math.Float64bits(f) || v.Type() != FloatType {
			t.Errorf("Float(%g) round trip failed", f)
		}
	}
	if Int(1).Is(Float(1)) {
		t.Error("int 1 is float 1.0")
	}
	if !(Value{}).IsNull() || Int(0).IsNull() {
		t.Error("IsNull wrong")
	}
	if TypeType.typ != TypeType {
		t.Error("type(type) is not type")
	}
}

// BenchmarkUnboxedLoop measures DESIGN.md §3's kernel, total += i*2, with the
// int fast path inlined as the interpreter will do it.
func BenchmarkUnboxedLoop(b *testing.B) {
	total := Int(0)
	for i := 0; i < b.N; i++ {
		x := Int(int64(i))
		if x.IsSmallInt() && total.IsSmallInt() {
			total = Int(total.SmallInt() + x.SmallInt()*2)
		}
	}
	if total.IsNull() {
		b.Fatal("unreachable")
	}
}
