// This file tests the count of imports in progress (heap19_importdepth.go)
// that the GC policy's late goal waits on.

package runtime

import "testing"

// TestImportsRunning checks that an import counts while importlib's
// _find_and_load runs, whether it returns a module, raises or panics,
// and no longer counts after.
func TestImportsRunning(t *testing.T) {
	saved := findAndLoad
	defer func() { findAndLoad = saved }()
	var during []bool
	for _, c := range []struct {
		name string
		fn   func(Value, []Value) (Value, *Exception)
	}{
		{"returns", func(Value, []Value) (Value, *Exception) {
			during = append(during, ImportsRunning())
			return NewModule("fake").Value(), nil
		}},
		{"raises", func(Value, []Value) (Value, *Exception) {
			during = append(during, ImportsRunning())
			return Value{}, NewExceptionMsg(ImportErrorType, "no module")
		}},
	} {
		during = during[:0]
		findAndLoad = NewBuiltinFunction(&Method{Name: "_find_and_load", Sig: "name, import_", Fn: c.fn}, Value{}, "_frozen_importlib")
		if ImportsRunning() {
			t.Fatalf("%s: counted before the import", c.name)
		}
		findAndLoadCounted(NewStr("heap19_fake_" + c.name))
		if len(during) != 1 || !during[0] {
			t.Errorf("%s: ImportsRunning during _find_and_load = %v, want [true]", c.name, during)
		}
		if ImportsRunning() {
			t.Errorf("%s: still counted after the import", c.name)
		}
	}
}
