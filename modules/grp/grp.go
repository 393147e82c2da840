// Package grp is CPython 3.11's grp module. Krait does not link the C
// library, so entries come from /etc/group (what NSS's "files" source
// reads), not from other name services.
package grp

import (
	"fmt"
	"os"
	"strconv"
	"strings"

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

// entries reads the group database.
func entries() [][]string {
	data, err := os.ReadFile("/etc/group")
	if err != nil {
		return nil
	}
	var out [][]string
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Split(line, ":")
		if len(f) != 4 || strings.HasPrefix(line, "#") {
			continue
		}
		if _, err := strconv.ParseUint(f[2], 10, 32); err != nil {
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
	gid, _ := strconv.ParseInt(f[2], 10, 64)
	var mem []runtime.Value
	if f[3] != "" {
		for _, m := range strings.Split(f[3], ",") {
			mem = append(mem, text(m))
		}
	}
	return runtime.NewStructSeq(structGroupType, []runtime.Value{text(f[0]), text(f[1]), runtime.Int(gid),
		runtime.NewList(mem)})
}

func grp_getgrgid(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	if a[0].Type().Flags&runtime.FlagIntSubclass == 0 {
		return runtime.Value{}, runtime.NewTypeError("gid should be integer, not %s", a[0].Type().Name)
	}
	gid, ok := runtime.IntOf(a[0])
	if !ok || gid < -1 || gid > 1<<32-1 {
		return runtime.Value{}, runtime.NewKeyError(runtime.StrValue("getgrgid(): gid not found"))
	}
	want := strconv.FormatInt(gid&(1<<32-1), 10)
	for _, f := range entries() {
		if f[2] == want {
			return entryValue(f), nil
		}
	}
	return runtime.Value{}, runtime.NewKeyError(runtime.StrValue(fmt.Sprintf("getgrgid(): gid not found: %d", gid)))
}

func grp_getgrnam(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	s, ok := a[0].TryStr()
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("getgrnam() argument 'name' must be str, not %s", a[0].Type().Name)
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
	return runtime.Value{}, runtime.NewKeyError(runtime.StrValue("getgrnam(): name not found: " + r.S))
}

func grp_getgrall(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	var items []runtime.Value
	for _, f := range entries() {
		items = append(items, entryValue(f))
	}
	return runtime.NewList(items), nil
}
