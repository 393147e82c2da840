// This file tests locale name resolution and the LC_ALL composite names.
package locale

import "testing"

func TestResolve(t *testing.T) {
	for name, want := range map[string]string{"C": "C", "POSIX": "C", "C.UTF-8": "C.UTF-8", "C.utf8": "C.utf8",
		"C.utf-8": "C.utf-8", "c": "", "en_US.UTF-8": "", "C.ascii": "", "POSIX.UTF-8": ""} {
		got, ok := resolve(name)
		if ok != (want != "") || got != want {
			t.Errorf("resolve(%q) = %q, %v; want %q", name, got, ok, want)
		}
	}
}

func TestComposite(t *testing.T) {
	mu.Lock()
	defer mu.Unlock()
	saved := current
	defer func() { current = saved }()
	if _, ok := set(lcAll, "C"); !ok {
		t.Fatal("set C failed")
	}
	set(lcNumeric, "C.UTF-8")
	c := query(lcAll)
	want := "LC_CTYPE=C;LC_NUMERIC=C.UTF-8;LC_TIME=C;LC_COLLATE=C;LC_MONETARY=C;LC_MESSAGES=C;LC_PAPER=C;LC_NAME=C;LC_ADDRESS=C;LC_TELEPHONE=C;LC_MEASUREMENT=C;LC_IDENTIFICATION=C"
	if c != want {
		t.Fatalf("query = %q", c)
	}
	set(lcAll, "C")
	if r, ok := set(lcAll, c); !ok || r != want {
		t.Errorf("set composite = %q, %v", r, ok)
	}
	if _, ok := set(lcAll, "LC_CTYPE=C;LC_NUMERIC=C"); ok {
		t.Error("partial composite accepted")
	}
}
