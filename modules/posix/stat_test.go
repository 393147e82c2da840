// This file tests os.stat_result: fields and tuple view against the
// kernel's stat, construction from Python-level sequences, and OSError
// for failed calls.

package posix

import (
	"syscall"
	"testing"

	"krait/runtime"
)

func TestStatResultFields(t *testing.T) {
	var st syscall.Stat_t
	if err := syscall.Stat("/", &st); err != nil {
		t.Fatal(err)
	}
	v, exc := posix_stat(runtime.Value{}, []runtime.Value{runtime.StrValue("/"), {}, {}})
	if exc != nil {
		t.Fatal(exc)
	}
	all := runtime.StructSeqFields(v)
	if len(all) != 19 {
		t.Fatalf("stat_result has %d fields, want 19", len(all))
	}
	tup, ok := v.TryTuple()
	if !ok || tup.Len() != 10 {
		t.Fatalf("stat_result is not a 10-tuple")
	}
	ints := map[int]int64{0: int64(st.Mode), 1: int64(st.Ino), 6: st.Size, 8: st.Mtim.Sec, 16: int64(st.Blksize)}
	for i, want := range ints {
		if got, ok := runtime.IntOf(all[i]); !ok || got != want {
			t.Errorf("field %d = %v, want %d", i, all[i], want)
		}
	}
	if ns, _ := runtime.IntOf(all[14]); ns != st.Mtim.Sec*1e9+st.Mtim.Nsec {
		t.Errorf("st_mtime_ns = %d", ns)
	}
	if f, ok := runtime.FloatValueOf(all[11]); !ok || int64(f) != st.Mtim.Sec {
		t.Errorf("st_mtime = %v", all[11])
	}
}

func TestStatResultFromSequence(t *testing.T) {
	items := make([]runtime.Value, 10)
	for i := range items {
		items[i] = runtime.Int(int64(i))
	}
	v, exc := runtime.Call(statResultType.Value(), []runtime.Value{runtime.TupleValue(items...)}, nil)
	if exc != nil {
		t.Fatal(exc)
	}
	all := runtime.StructSeqFields(v)
	// The float times default to the integer ones, the rest to None.
	if n, _ := runtime.IntOf(all[10]); n != 7 {
		t.Errorf("st_atime = %v, want 7", all[10])
	}
	if !all[18].IsNone() {
		t.Errorf("st_rdev = %v, want None", all[18])
	}
	_, exc = runtime.Call(statResultType.Value(), []runtime.Value{runtime.TupleValue(items[:3]...)}, nil)
	if exc == nil || exc.Error() != "TypeError: os.stat_result() takes an at least 10-sequence (3-sequence given)" {
		t.Errorf("short sequence: %v", exc)
	}
}

func TestStatError(t *testing.T) {
	_, exc := posix_stat(runtime.Value{}, []runtime.Value{runtime.StrValue("/nonexistent/x"), {}, {}})
	if exc == nil || exc.Type().Name != "FileNotFoundError" {
		t.Fatalf("stat of a missing file: %v", exc)
	}
	if s, _ := runtime.StrOf(exc.Value()); s.S != "[Errno 2] No such file or directory: '/nonexistent/x'" {
		t.Errorf("str(exc) = %q", s.S)
	}
}
