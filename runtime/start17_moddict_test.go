package runtime

import (
	"fmt"
	"testing"
)

// A native module's dict, sized up front for its functions, holds the five
// module attributes, then every function in definition order, then what
// Exec adds, and takes no resize while the functions go in.
func TestNativeModuleDictPresized(t *testing.T) {
	for _, n := range []int{0, 1, 3, 11, 40, 300} {
		def := &ModuleDef{Name: fmt.Sprintf("_start17_%d", n)}
		for i := 0; i < n; i++ {
			def.Methods = append(def.Methods, Method{Name: fmt.Sprintf("f%d", i), Flags: MethNoArgs,
				Fn: func(Value, []Value) (Value, *Exception) { return None, nil }})
		}
		var sizeAfterFuncs int
		def.Exec = func(m *Module) *Exception {
			sizeAfterFuncs = len(m.Dict.indices)
			for i := 0; i < 20; i++ {
				m.SetAttr(fmt.Sprintf("C%d", i), Int(int64(i)))
			}
			return nil
		}
		m, err := NewModuleFromDef(def)
		if err != nil {
			t.Fatal(err)
		}
		keys := m.Dict.Keys()
		if len(keys) != 5+n+20 {
			t.Fatalf("n=%d: %d keys", n, len(keys))
		}
		want := []string{"__name__", "__doc__", "__package__", "__loader__", "__spec__"}
		for i := 0; i < n; i++ {
			want = append(want, fmt.Sprintf("f%d", i))
		}
		for i := 0; i < 20; i++ {
			want = append(want, fmt.Sprintf("C%d", i))
		}
		for i, k := range keys {
			if s, ok := k.TryStr(); !ok || s.S != want[i] {
				t.Fatalf("n=%d: key %d is %v, want %s", n, i, k, want[i])
			}
		}
		if n > 0 && sizeAfterFuncs < dictSizeFor((5+n)*3/2) {
			t.Errorf("n=%d: index size %d after the functions: not presized", n, sizeAfterFuncs)
		}
	}
}
