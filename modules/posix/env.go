// This file defines posix.environ (the process environment as a dict of
// bytes to bytes, read once at import as CPython does) and putenv/unsetenv,
// which change the environment that child processes inherit.

package posix

import (
	"strings"
	"syscall"

	"krait/runtime"
)

// newEnviron builds posix.environ from the current environment.
func newEnviron() (*runtime.Dict, *runtime.Exception) {
	d := runtime.NewDict()
	for _, kv := range syscall.Environ() {
		i := strings.IndexByte(kv, '=')
		if i <= 0 {
			continue
		}
		k := runtime.NewBytes([]byte(kv[:i]))
		// The first definition of a name wins, as in CPython.
		if ok, err := d.Contains(k); err != nil || ok {
			continue
		}
		if err := d.SetItem(k, runtime.NewBytes([]byte(kv[i+1:]))); err != nil {
			return nil, err
		}
	}
	return d, nil
}

// envArg converts a putenv/unsetenv argument (str or bytes) to bytes.
func envArg(v runtime.Value, fn string) (string, *runtime.Exception) {
	var s string
	if str, ok := v.TryStr(); ok {
		b, err := fsencode(str.S)
		if err != nil {
			return "", err
		}
		s = b
	} else if b, ok := v.TryBytes(); ok {
		s = string(b)
	} else {
		m := v.Type().LookupString("__fspath__")
		if m.IsNull() {
			return "", runtime.NewTypeError("expected str, bytes or os.PathLike object, not %s", v.Type().Name)
		}
		r, err := fspath(v)
		if err != nil {
			return "", err
		}
		return envArg(r, fn)
	}
	if strings.IndexByte(s, 0) >= 0 {
		return "", runtime.NewValueError("embedded null byte")
	}
	return s, nil
}

func posix_putenv(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	name, err := envArg(a[0], "putenv")
	if err != nil {
		return runtime.Value{}, err
	}
	value, err := envArg(a[1], "putenv")
	if err != nil {
		return runtime.Value{}, err
	}
	if name == "" {
		return runtime.Value{}, osError(syscall.EINVAL)
	}
	if strings.IndexByte(name, '=') >= 0 {
		return runtime.Value{}, runtime.NewValueError("illegal environment variable name")
	}
	if e := syscall.Setenv(name, value); e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.None, nil
}

func posix_unsetenv(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	name, err := envArg(a[0], "unsetenv")
	if err != nil {
		return runtime.Value{}, err
	}
	if name == "" || strings.IndexByte(name, '=') >= 0 {
		return runtime.Value{}, osError(syscall.EINVAL)
	}
	if e := syscall.Unsetenv(name); e != nil {
		return runtime.Value{}, osError(e)
	}
	return runtime.None, nil
}
