// This file tests the per-user compiled-code cache as a user who cannot
// write __pycache__: the test binary runs as krait under setpriv as nobody
// (so it needs root and setpriv), imports a module from a read-only
// directory, and must cache it under $HOME/.cache/krait, read it back on
// the next run, and leave it alone under -B and -I.

package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"krait/runtime"
	"krait/syntax"
)

func TestPrivateCacheAsNobody(t *testing.T) {
	setpriv, err := exec.LookPath("setpriv")
	if err != nil || os.Geteuid() != 0 {
		t.Skip("needs root and setpriv")
	}
	if _, err := os.Stat("/usr/lib/python3.11/os.py"); err != nil {
		t.Skip("no standard library")
	}
	dir := t.TempDir()
	os.Chmod(dir, 0o755)
	os.Chmod(filepath.Dir(dir), 0o755) // nobody must reach it
	bin := filepath.Join(dir, "krait")
	data, err := os.ReadFile(os.Args[0])
	if err != nil || os.WriteFile(bin, data, 0o755) != nil {
		t.Fatal("cannot copy the test binary")
	}
	lib := filepath.Join(dir, "lib")
	home := filepath.Join(dir, "home")
	os.Mkdir(lib, 0o755)
	os.Mkdir(home, 0o755)
	os.WriteFile(filepath.Join(lib, "privmod.py"), []byte("X = 'from source'\n"), 0o644)
	os.Chmod(lib, 0o555)
	if err := exec.Command("chown", "nobody", home).Run(); err != nil {
		t.Skip("cannot chown")
	}
	krait := func(args ...string) string {
		cmd := exec.Command(setpriv, append([]string{"--reuid=nobody", "--regid=nogroup", "--clear-groups", bin}, args...)...)
		cmd.Env = []string{"KRAIT_TEST_AS_MAIN=1", "KRAIT_STDLIB=/usr/lib/python3.11", "HOME=" + home,
			"PYTHONPATH=" + lib, "PATH=/usr/bin:/bin"}
		out, err := cmd.CombinedOutput()
		if err != nil {
			t.Fatalf("krait %v: %v\n%s", args, err, out)
		}
		return strings.TrimSpace(string(out))
	}
	prog := "import privmod; print(privmod.X)"
	cached := filepath.Join(home, ".cache", "krait", "pyc", strings.TrimPrefix(lib, "/"), "privmod."+runtime.PycacheTag+".pyc")

	if out := krait("-B", "-c", prog); out != "from source" {
		t.Fatalf("-B: %q", out)
	}
	if _, err := os.Stat(cached); err == nil {
		t.Fatal("-B wrote the per-user cache")
	}
	if out := krait("-c", prog); out != "from source" {
		t.Fatalf("first run: %q", out)
	}
	if _, err := os.Stat(filepath.Join(lib, "__pycache__")); err == nil {
		t.Fatal("wrote into a read-only directory")
	}
	st, err := os.Stat(cached)
	if err != nil {
		t.Fatalf("per-user cache not written: %v", err)
	}
	if st.Mode().Perm() != 0o600 {
		t.Errorf("cache file mode %v", st.Mode())
	}
	if st, err := os.Stat(filepath.Join(home, ".cache", "krait")); err != nil || st.Mode().Perm() != 0o700 {
		t.Errorf("cache root: %v %v", st, err)
	}

	// Plant other code under the same header: the next run must use it.
	old, _ := os.ReadFile(cached)
	co, exc := runtime.CompileSource([]byte("X = 'from the per-user cache'\n"), "privmod.py", syntax.ModeExec)
	if exc != nil {
		t.Fatal(exc)
	}
	body, exc := runtime.MarshalDumps(runtime.ValueOf(co), runtime.MarshalVersion)
	if exc != nil {
		t.Fatal(exc)
	}
	os.WriteFile(cached, append(old[:16:16], body...), 0o600)
	if out := krait("-c", prog); out != "from the per-user cache" {
		t.Errorf("second run did not read the per-user cache: %q", out)
	}
	if out := krait("-I", "-c", "import sys; sys.path.append("+pyQuoteForTest(lib)+"); "+prog); out != "from source" {
		t.Errorf("-I used the per-user cache: %q", out)
	}
}

func pyQuoteForTest(s string) string { return "'" + strings.ReplaceAll(s, "'", "\\'") + "'" }
