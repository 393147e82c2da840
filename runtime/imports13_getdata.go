// This file reads the files importlib asks SourceFileLoader.get_data for
// (every .pyc it loads, every .py it compiles) without the Python half:
// FileLoader.get_data opens the file with _io.open_code, which builds a
// FileIO and a BufferedReader (with its 8 KiB buffer), runs a with
// statement and reads through both layers; `import json, re, collections,
// typing` spent a tenth of its time there. The result is the same bytes
// object, and every failure the same OSError (errno, strerror, filename);
// whenever something could tell the difference (an audit hook, a path
// that is not a plain ASCII str, _io.open_code replaced), the Python code
// runs instead.

package runtime

import (
	"strings"

	"krait/internal/nopoll"
)

// getDataIO is the _io module importlib._bootstrap_external refers to and
// getDataOpenCode its open_code, as installed (recorded by
// rememberGetDataIO): the fast path runs only while both are unchanged.
var getDataExt *Module
var getDataIO, getDataOpenCode Value

// rememberGetDataIO records the _io module and open_code function that
// FileLoader.get_data of the bootstrap module ext would call.
func rememberGetDataIO(ext *Module) {
	io, ok := ext.Dict.GetStr(Intern("_io"))
	if !ok || io.Type() != ModuleType {
		return
	}
	oc, ok := ptrOf[Module](io).Dict.GetStr(Intern("open_code"))
	if !ok {
		return
	}
	getDataExt, getDataIO, getDataOpenCode = ext, io, oc
}

// getDataFast returns the contents of the file at path as a bytes object,
// or the OSError reading it raised, as _io.open_code(path).read() would;
// ok is false when it did not try (the caller then runs FileLoader's
// get_data).
func getDataFast(path Value) (data Value, err *Exception, ok bool) {
	if getDataExt == nil || path.Type() != StrType || AuditHooked() {
		return Value{}, nil, false
	}
	p := path.AsStr().S
	if p == "" || !isASCII(p) || strings.IndexByte(p, 0) >= 0 {
		return Value{}, nil, false // FileIO's own messages for these
	}
	if io, found := getDataExt.Dict.GetStr(Intern("_io")); !found || !io.Is(getDataIO) {
		return Value{}, nil, false
	}
	if oc, found := ptrOf[Module](getDataIO).Dict.GetStr(Intern("open_code")); !found || !oc.Is(getDataOpenCode) {
		return Value{}, nil, false
	}
	if v, ok := getPycMapped(p); ok { // start18_mappedpyc.go
		return v, nil, true
	}
	b, rerr := nopoll.ReadFile(p)
	if rerr != nil {
		return Value{}, NewOSErrorFromGo(rerr, path, Value{}), true
	}
	return NewBytes(b), nil, true
}
