// Package etcdb reads the colon-separated databases of /etc (passwd,
// group) and looks entries up by numeric id or by name with the messages
// CPython's pwd and grp modules give; the modules supply how an entry
// becomes a Python value.
package etcdb

import (
	"fmt"
	"strconv"
	"strings"

	"krait/internal/nopoll"
	"krait/runtime"
)

// DB is one database: its file, its field count, the fields that must be
// 32-bit unsigned numbers, and the conversion of an entry to Python.
type DB struct {
	Path    string
	NFields int
	Numeric []int
	Value   func(fields []string) runtime.Value
}

// Entries reads the database, skipping comments and malformed lines.
func (db *DB) Entries() [][]string {
	data, err := nopoll.ReadFile(db.Path)
	if err != nil {
		return nil
	}
	var out [][]string
next:
	for _, line := range strings.Split(string(data), "\n") {
		f := strings.Split(line, ":")
		if len(f) != db.NFields || strings.HasPrefix(line, "#") {
			continue
		}
		for _, i := range db.Numeric {
			if _, err := strconv.ParseUint(f[i], 10, 32); err != nil {
				continue next
			}
		}
		out = append(out, f)
	}
	return out
}

// Text decodes a field as the C modules do (surrogateescape).
func Text(s string) runtime.Value {
	r, err := runtime.Decode([]byte(s), "utf-8", "surrogateescape")
	if err != nil {
		return runtime.StrValue(s)
	}
	return runtime.StrValue(r)
}

// All returns every entry as a list.
func (db *DB) All() runtime.Value {
	var items []runtime.Value
	for _, f := range db.Entries() {
		items = append(items, db.Value(f))
	}
	return runtime.NewList(items)
}

// ByID finds the entry whose id (field 2) is arg, for fn ("getpwuid") and
// what ("uid").
func (db *DB) ByID(arg runtime.Value, fn, what string) (runtime.Value, *runtime.Exception) {
	if arg.Type().Flags&runtime.FlagIntSubclass == 0 {
		return runtime.Value{}, runtime.NewTypeError("%s should be integer, not %s", what, arg.Type().Name)
	}
	id, ok := runtime.IntOf(arg)
	if !ok || id < -1 || id > 1<<32-1 {
		return runtime.Value{}, runtime.NewKeyError(runtime.StrValue(fn + "(): " + what + " not found"))
	}
	want := strconv.FormatInt(id&(1<<32-1), 10)
	for _, f := range db.Entries() {
		if f[2] == want {
			return db.Value(f), nil
		}
	}
	return runtime.Value{}, runtime.NewKeyError(runtime.StrValue(fmt.Sprintf("%s(): %s not found: %d", fn, what, id)))
}

// ByName finds the entry whose name (field 0) is arg; argMsg is the
// TypeError for a non-str argument, before ", not <type>".
func (db *DB) ByName(arg runtime.Value, fn, argMsg string) (runtime.Value, *runtime.Exception) {
	s, ok := arg.TryStr()
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("%s, not %s", argMsg, arg.Type().Name)
	}
	b, cerr := runtime.Encode(s.S, "utf-8", "surrogateescape")
	if cerr != nil {
		return runtime.Value{}, runtime.CodecErrorException(cerr)
	}
	name := string(b)
	if strings.IndexByte(name, 0) >= 0 {
		return runtime.Value{}, runtime.NewValueError("embedded null byte")
	}
	for _, f := range db.Entries() {
		if f[0] == name {
			return db.Value(f), nil
		}
	}
	r, err := runtime.Repr(arg)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Value{}, runtime.NewKeyError(runtime.StrValue(fn + "(): name not found: " + r.S))
}
