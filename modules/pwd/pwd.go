// Package pwd is CPython 3.11's pwd module. Krait does not link the C
// library, so entries come from /etc/passwd (what NSS's "files" source
// reads), not from other name services.
package pwd

import (
	"fmt"
	"os"
	"strconv"
	"strings"

	"krait/runtime"
)

// Module is the pwd module.
var Module = &runtime.ModuleDef{
	Name: "pwd",
	Doc: "This module provides access to the Unix password database.\n" +
		"It is available on all Unix versions.\n\n" +
		"Password database entries are reported as 7-tuples containing the following\n" +
		"items from the password database (see `<pwd.h>'), in order:\n" +
		"pw_name, pw_passwd, pw_uid, pw_gid, pw_gecos, pw_dir, pw_shell.\n" +
		"The uid and gid items are integers, all others are strings. An\n" +
		"exception is raised if the entry asked for cannot be found.",
	Methods: []runtime.Method{
		{Name: "getpwuid", Sig: "uid, /", Flags: runtime.MethO, Fn: pwd_getpwuid},
		{Name: "getpwnam", Sig: "name, /", Flags: runtime.MethO, Fn: pwd_getpwnam},
		{Name: "getpwall", Flags: runtime.MethNoArgs, Fn: pwd_getpwall},
	},
	Exec: func(m *runtime.Module) *runtime.Exception {
		m.SetAttr("struct_passwd", structPasswdType.Value())
		return nil
	},
}

var structPasswdType = runtime.NewStructSeqType(&runtime.StructSeqSpec{
	Name: "pwd.struct_passwd",
	Doc: "pwd.struct_passwd: Results from getpw*() routines.\n\n" +
		"This object may be accessed either as a tuple of\n" +
		"  (pw_name,pw_passwd,pw_uid,pw_gid,pw_gecos,pw_dir,pw_shell)\n" +
		"or via the object attributes as named in the above tuple.",
	Fields: []string{"pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell"},
	NSeq:   7,
})

// entries reads the password database.
func entries() [][]string {
	data, err := os.ReadFile("/etc/passwd")
	if err != nil {
		return nil
	}
	var out [][]string
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Split(line, ":")
		if len(f) != 7 || strings.HasPrefix(line, "#") {
			continue
		}
		if _, err := strconv.ParseUint(f[2], 10, 32); err != nil {
			continue
		}
		if _, err := strconv.ParseUint(f[3], 10, 32); err != nil {
			continue
		}
		out = append(out, f)
	}
	return out
}

func text(s string) runtime.Value {
	r, err := runtime.Decode([]byte(s), "utf-8", "surrogateescape")
	if err != nil {
		return runtime.StrValue(s)
	}
	return runtime.StrValue(r)
}

func entryValue(f []string) runtime.Value {
	uid, _ := strconv.ParseInt(f[2], 10, 64)
	gid, _ := strconv.ParseInt(f[3], 10, 64)
	return runtime.NewStructSeq(structPasswdType, []runtime.Value{text(f[0]), text(f[1]), runtime.Int(uid),
		runtime.Int(gid), text(f[4]), text(f[5]), text(f[6])})
}

func pwd_getpwuid(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	if a[0].Type().Flags&runtime.FlagIntSubclass == 0 {
		return runtime.Value{}, runtime.NewTypeError("uid should be integer, not %s", a[0].Type().Name)
	}
	uid, ok := runtime.IntOf(a[0])
	if !ok || uid < -1 || uid > 1<<32-1 {
		return runtime.Value{}, runtime.NewKeyError(runtime.StrValue("getpwuid(): uid not found"))
	}
	want := strconv.FormatInt(uid&(1<<32-1), 10)
	for _, f := range entries() {
		if f[2] == want {
			return entryValue(f), nil
		}
	}
	return runtime.Value{}, runtime.NewKeyError(runtime.StrValue(fmt.Sprintf("getpwuid(): uid not found: %d", uid)))
}

func pwd_getpwnam(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	s, ok := a[0].TryStr()
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("getpwnam() argument must be str, not %s", a[0].Type().Name)
	}
	b, cerr := runtime.Encode(s.S, "utf-8", "surrogateescape")
	if cerr != nil {
		return runtime.Value{}, runtime.CodecErrorException(cerr)
	}
	name := string(b)
	if strings.IndexByte(name, 0) >= 0 {
		return runtime.Value{}, runtime.NewValueError("embedded null byte")
	}
	for _, f := range entries() {
		if f[0] == name {
			return entryValue(f), nil
		}
	}
	r, err := runtime.Repr(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Value{}, runtime.NewKeyError(runtime.StrValue("getpwnam(): name not found: " + r.S))
}

func pwd_getpwall(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	var items []runtime.Value
	for _, f := range entries() {
		items = append(items, entryValue(f))
	}
	return runtime.NewList(items), nil
}
