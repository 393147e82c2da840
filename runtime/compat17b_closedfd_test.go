package runtime

import (
	"os"
	"slices"
	"testing"
)

func TestMarkClosedStdFds(t *testing.T) {
	self, err := os.Executable()
	if err != nil {
		t.Skip(err)
	}
	env := []string{"A=1", ClosedStdFdsEnv + "=2"}
	closed := func(fd int) bool { return fd != 1 }
	got := MarkClosedStdFds(env, self, closed)
	want := []string{"A=1", ClosedStdFdsEnv + "=0,2"}
	if !slices.Equal(got, want) {
		t.Errorf("self: got %q, want %q", got, want)
	}
	if got := MarkClosedStdFds(env, "/bin/sh", closed); !slices.Equal(got, env) {
		t.Errorf("another program: got %q, want the environment unchanged", got)
	}
	none := func(int) bool { return false }
	if got := MarkClosedStdFds([]string{"A=1"}, self, none); !slices.Equal(got, []string{"A=1"}) {
		t.Errorf("nothing closed: got %q", got)
	}
}

func TestIsOpenedDevNull(t *testing.T) {
	f, err := os.OpenFile(os.DevNull, os.O_RDWR, 0)
	if err != nil {
		t.Skip(err)
	}
	defer f.Close()
	if !isOpenedDevNull(int(f.Fd())) {
		t.Error("/dev/null opened O_RDWR not recognised")
	}
	r, err := os.Open(os.DevNull)
	if err != nil {
		t.Skip(err)
	}
	defer r.Close()
	if isOpenedDevNull(int(r.Fd())) {
		t.Error("/dev/null opened read-only taken for the runtime's")
	}
}
