// Package pwd is CPython 3.11's pwd module. Krait does not link the C
// library, so entries come from /etc/passwd (what NSS's "files" source
// reads), not from other name services.
package pwd

import (
	"strconv"

	"krait/modules/internal/etcdb"
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

var db = &etcdb.DB{Path: "/etc/passwd", NFields: 7, Numeric: []int{2, 3}, Value: entryValue}

func entryValue(f []string) runtime.Value {
	uid, _ := strconv.ParseInt(f[2], 10, 64)
	gid, _ := strconv.ParseInt(f[3], 10, 64)
	return runtime.NewStructSeq(structPasswdType, []runtime.Value{etcdb.Text(f[0]), etcdb.Text(f[1]), runtime.Int(uid),
		runtime.Int(gid), etcdb.Text(f[4]), etcdb.Text(f[5]), etcdb.Text(f[6])})
}

func pwd_getpwuid(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return db.ByID(a[0], "getpwuid", "uid")
}

func pwd_getpwnam(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return db.ByName(a[0], "getpwnam", "getpwnam() argument must be str")
}

func pwd_getpwall(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return db.All(), nil
}
