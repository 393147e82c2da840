package cdecimal

import (
	"reflect"
	"testing"

	"krait/runtime"
)

// TestPointerFreeLayout guards dec13_alloc.go's GC argument: exact Decimals
// live in memory the collector does not scan, which is only sound while the
// header's type pointer is their one pointer, it always points at
// DecimalType (kept alive by a package variable), and nothing can change it.
func TestPointerFreeLayout(t *testing.T) {
	h := reflect.TypeOf(runtime.Header{})
	if h.NumField() != 1 || h.Field(0).Type.Kind() != reflect.Pointer {
		t.Fatalf("runtime.Header is no longer exactly one pointer: pointer-free Decimal blocks would hide its other fields from the collector")
	}
	d := reflect.TypeOf(Decimal{})
	for i := 0; i < d.NumField(); i++ {
		f := d.Field(i)
		if f.Type == h {
			continue
		}
		switch f.Type.Kind() {
		case reflect.Int64, reflect.Uint64, reflect.Int32, reflect.Uint32, reflect.Bool:
		default:
			t.Fatalf("Decimal.%s (%s) may hold a pointer: the collector would not see it in pointer-free blocks", f.Name, f.Type)
		}
	}
	initOnce.Do(initTypes)
	if DecimalType.Flags&runtime.FlagImmutable == 0 {
		t.Fatalf("decimal.Decimal allows __class__ assignment: a pointer-free Decimal's header could then point at a type the collector frees")
	}
	if DecimalType.SupportsWeakrefs() {
		t.Fatalf("decimal.Decimal supports weak references; CPython's does not")
	}
}
