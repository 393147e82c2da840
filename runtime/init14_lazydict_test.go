package runtime

import (
	"fmt"
	"sync"
	"testing"
)

// TestLazyDictConcurrentReaders reads a builtin type's lazily made dict
// from several goroutines at once: each must see the whole dict (every
// method, the getset and __doc__), never an empty or partly filled one
// (run with -race to check the publication too).
func TestLazyDictConcurrentReaders(t *testing.T) {
	for round := 0; round < 20; round++ {
		var methods []Method
		for i := 0; i < 40; i++ {
			methods = append(methods, Method{Name: fmt.Sprintf("m%d", i), Flags: MethNoArgs, Fn: func(self Value, _ []Value) (Value, *Exception) { return None, nil }})
		}
		typ := NewNativeType(&TypeSpec{Name: fmt.Sprintf("init14test.T%d", round), Doc: "doc", Methods: methods,
			GetSets: []GetSetDef{{Name: "g", Get: func(v Value) (Value, *Exception) { return None, nil }}}}, nil)
		if loadTypeDict(typ) != nil {
			t.Fatal("a native type's dict was made at finish, not on first use")
		}
		const readers = 8
		var wg sync.WaitGroup
		lens := make([]int, readers)
		start := make(chan struct{})
		for r := 0; r < readers; r++ {
			wg.Add(1)
			go func(r int) {
				defer wg.Done()
				<-start
				d := typ.Dict()
				if _, ok := d.GetStr(Intern("m39")); !ok {
					lens[r] = -1
					return
				}
				lens[r] = d.Len()
			}(r)
		}
		close(start)
		wg.Wait()
		want := typ.Dict().Len()
		if want < 42 { // 40 methods, g, __doc__ (and the slot wrappers object's type gives none here)
			t.Fatalf("dict has %d entries, want at least 42", want)
		}
		for r, n := range lens {
			if n != want {
				t.Fatalf("round %d reader %d saw %d entries, want %d", round, r, n, want)
			}
		}
	}
}
