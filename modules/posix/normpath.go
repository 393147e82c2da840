// This file defines posix._path_normpath, the fast path of
// posixpath.normpath: collapse separators, "." and ".." lexically.

package posix

import (
	"strings"

	"krait/runtime"
)

// normpath normalizes p as posixpath.normpath, returning "" for an empty
// result (normpath turns that into ".").
func normpath(p string) string {
	if p == "" || p == "." {
		return p // CPython's C version keeps a lone "."
	}
	slashes := 0
	if strings.HasPrefix(p, "/") {
		slashes = 1
		if strings.HasPrefix(p, "//") && !strings.HasPrefix(p, "///") {
			slashes = 2
		}
	}
	var comps []string
	for _, c := range strings.Split(p, "/") {
		switch {
		case c == "" || c == ".":
		case c != ".." || (slashes == 0 && len(comps) == 0) || (len(comps) > 0 && comps[len(comps)-1] == ".."):
			comps = append(comps, c)
		case len(comps) > 0:
			comps = comps[:len(comps)-1]
		}
	}
	return strings.Repeat("/", slashes) + strings.Join(comps, "/")
}

func posix__path_normpath(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	s, ok := a[0].TryStr()
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("expected 'str', not '%s'", a[0].Type().Name)
	}
	return runtime.StrValue(normpath(s.S)), nil
}
