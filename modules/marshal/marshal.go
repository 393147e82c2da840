// Package marshal is the marshal module: CPython's serialization format
// (version 4) for None, bools, ints, floats, complex numbers, str, bytes,
// tuples, lists, dicts, sets, frozensets, Ellipsis, StopIteration and code
// objects. The format itself is implemented in the runtime
// (runtime/code_marshal*.go), which also reads and writes Krait's .pyc
// cache; this package is the Python-facing functions.
package marshal

import (
	"krait/runtime"
)

// Module is the marshal module's definition.
var Module = &runtime.ModuleDef{
	Name: "marshal",
	Doc:  "This module contains functions that can read and write Python values in\na binary format. The format is specific to Python, but independent of\nmachine architecture issues.",
	Methods: []runtime.Method{
		{Name: "dumps", Sig: "value, version=, /", Fn: marshal_dumps},
		{Name: "loads", Sig: "bytes, /", Flags: runtime.MethO, Fn: marshal_loads},
		{Name: "dump", Sig: "value, file, version=, /", Fn: marshal_dump},
		{Name: "load", Sig: "file, /", Flags: runtime.MethO, Fn: marshal_load},
	},
	Exec: func(m *runtime.Module) *runtime.Exception {
		m.SetAttr("version", runtime.Int(runtime.MarshalVersion))
		return nil
	},
}

// marshal_dumps returns the marshal bytes of value.
func marshal_dumps(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	b, err := dumps(a[0], a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.NewBytes(b), nil
}

// marshal_dump writes the marshal bytes of value to file.
func marshal_dump(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	b, err := dumps(a[0], a[2])
	if err != nil {
		return runtime.Value{}, err
	}
	if _, err := runtime.CallMethod(a[1], "write", runtime.NewBytes(b)); err != nil {
		return runtime.Value{}, err
	}
	return runtime.None, nil
}

func dumps(v, version runtime.Value) ([]byte, *runtime.Exception) {
	ver := runtime.MarshalVersion
	if !version.IsNull() {
		n, err := runtime.IndexInt64(version, "")
		if err != nil {
			return nil, err
		}
		ver = int(max(min(n, 1<<31-1), -1<<31))
	}
	if err := runtime.Audit("marshal.dumps", v, runtime.Int(int64(ver))); err != nil {
		return nil, err
	}
	return runtime.MarshalDumps(v, ver)
}

// marshal_loads reads one value from a bytes-like object; extra bytes are
// ignored.
func marshal_loads(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	b, ok := runtime.BytesLike(a[0])
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("a bytes-like object is required, not '%s'", a[0].Type().Name)
	}
	if runtime.AuditHooked() {
		if err := runtime.Audit("marshal.loads", runtime.NewBytes(b)); err != nil {
			return runtime.Value{}, err
		}
	}
	if keep, ok := runtime.ImmutableBytes(a[0]); ok {
		// importlib's .pyc data: function bodies stay unread until needed.
		v, _, err := runtime.MarshalLoadsKeep(keep)
		return v, err
	}
	v, _, err := runtime.MarshalLoads(b)
	return v, err
}

// marshal_load reads one value from a binary file. CPython reads exactly
// the bytes of one value; reading the rest of the file and seeking back
// over what was not used leaves the file at the same position.
func marshal_load(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	if err := runtime.Audit("marshal.load"); err != nil {
		return runtime.Value{}, err
	}
	probe, err := runtime.CallMethod(a[0], "read", runtime.Int(0))
	if err != nil {
		return runtime.Value{}, err
	}
	if probe.Type() != runtime.BytesType {
		return runtime.Value{}, runtime.NewTypeError("file.read() returned not bytes but %s", probe.Type().Name)
	}
	data, err := runtime.CallMethod(a[0], "read")
	if err != nil {
		return runtime.Value{}, err
	}
	b, ok := runtime.BytesLike(data)
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("file.read() returned not bytes but %s", data.Type().Name)
	}
	v, used, err := runtime.MarshalLoads(b)
	if err != nil {
		eof := runtime.ExceptionTypeByName("EOFError")
		if err.Matches(eof) && err.Error() == "EOFError: marshal data too short" {
			err = runtime.NewExceptionMsg(eof, "EOF read where not expected")
		}
		return runtime.Value{}, err
	}
	if extra := len(b) - used; extra > 0 {
		if _, err := runtime.CallMethod(a[0], "seek", runtime.Int(int64(-extra)), runtime.Int(1)); err != nil {
			return runtime.Value{}, err
		}
	}
	return v, nil
}
