// Package grp is CPython 3.11's grp module. Krait does not link the C
// library, so entries come from /etc/group (what NSS's "files" source
// reads), not from other name services.
package grp

import (
	"strconv"
	"strings"

	"krait/modules/internal/etcdb"
	"krait/runtime"
)

// Module is the grp module.
var Module = &runtime.ModuleDef{
	Name: "grp",
	Doc: "Access to the Unix group database.\n\n" +
		"Group entries are reported as 4-tuples containing the following fields\n" +
		"from the group database, in order:\n\n" +
		"  gr_name   - name of the group\n" +
		"  gr_passwd - group password (encrypted); often empty\n" +
		"  gr_gid    - numeric ID of the group\n" +
		"  gr_mem    - list of members\n\n" +
		"The gid is an integer, name and password are strings.  (Note that most\n" +
		"users are not explicitly listed as members of the groups they are in\n" +
		"according to the password database.  Check both databases to get\n" +
		"complete membership information.)",
	Methods: []runtime.Method{
		{Name: "getgrgid", Sig: "id", Fn: grp_getgrgid},
		{Name: "getgrnam", Sig: "name", Fn: grp_getgrnam},
		{Name: "getgrall", Flags: runtime.MethNoArgs, Fn: grp_getgrall},
	},
	Exec: func(m *runtime.Module) *runtime.Exception {
		m.SetAttr("struct_group", structGroupType.Value())
		return nil
	},
}

var structGroupType = runtime.NewStructSeqType(&runtime.StructSeqSpec{
	Name: "grp.struct_group",
	Doc: "grp.struct_group: Results from getgr*() routines.\n\n" +
		"This object may be accessed either as a tuple of\n" +
		"  (gr_name,gr_passwd,gr_gid,gr_mem)\n" +
		"or via the object attributes as named in the above tuple.\n",
	Fields: []string{"gr_name", "gr_passwd", "gr_gid", "gr_mem"},
	NSeq:   4,
})

var db = &etcdb.DB{Path: "/etc/group", NFields: 4, Numeric: []int{2}, Value: entryValue}

func entryValue(f []string) runtime.Value {
	gid, _ := strconv.ParseInt(f[2], 10, 64)
	var mem []runtime.Value
	if f[3] != "" {
		for _, m := range strings.Split(f[3], ",") {
			mem = append(mem, etcdb.Text(m))
		}
	}
	return runtime.NewStructSeq(structGroupType, []runtime.Value{etcdb.Text(f[0]), etcdb.Text(f[1]), runtime.Int(gid),
		runtime.NewList(mem)})
}

func grp_getgrgid(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return db.ByID(a[0], "getgrgid", "gid")
}

func grp_getgrnam(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	return db.ByName(a[0], "getgrnam", "getgrnam() argument 'name' must be str")
}

func grp_getgrall(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	return db.All(), nil
}
