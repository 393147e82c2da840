// Package sqlite3mod is CPython 3.11's _sqlite3 module, which
// Lib/sqlite3/dbapi2.py re-exports, written over modernc.org/sqlite/lib
// (SQLite translated to pure Go): connect, Connection, Cursor, Row, Blob,
// the DB-API exceptions, adapters and converters.
//
// Decisions worth knowing:
//   - The C API (lib.Xsqlite3_*) is used directly rather than database/sql,
//     because the module needs CPython's exact stepping, typing and
//     transaction behaviour. Each connection owns a libc.TLS for its calls.
//   - Python callbacks are registered with SQLite under small integer ids
//     (callbacks.go); nothing Go-allocated is handed to the C side.
//   - CPython frees a cursor, and resets its statement, the moment its last
//     reference goes; Krait's cursors die at a garbage collection. reap.go
//     tracks statements left with rows pending and releases those of dead
//     cursors (periodically, and before retrying a "table is locked").
//   - The GIL is released around sqlite3_step and in the busy handler only
//     when no Python code can run inside SQLite for that connection
//     (busy.go).
//   - modernc.org/libc imports github.com/google/uuid, which imports net;
//     go.mod replaces it with third_party/uuid so the binary stays static.
//
// Nothing is built at process start: the classes and module state are made
// on the first import, so a program that never imports sqlite3 pays only
// for the linked code.
package sqlite3mod

import (
	"sync"

	"modernc.org/libc"
	sqlite "modernc.org/sqlite/lib"

	"krait/runtime"
)

// moduleState is CPython's pysqlite_state: one per process here.
type moduleState struct {
	adapters            *runtime.Dict // (type, protocol) -> adapter
	converters          *runtime.Dict // upper-cased type name -> converter
	baseTypeAdapted     bool          // an adapter was registered for int/float/str/bytearray
	callbackTracebacks  bool
	ConnectionType      *runtime.Type
	CursorType          *runtime.Type
	RowType             *runtime.Type
	BlobType            *runtime.Type
	PrepareProtocolType *runtime.Type
}

var (
	stateOnce sync.Once
	state     moduleState
)

// initState creates the classes and the adapter and converter registries
// the first time the module is imported.
func initState() {
	stateOnce.Do(func() {
		initErrors()
		state.adapters = runtime.NewDict()
		state.converters = runtime.NewDict()
		state.PrepareProtocolType = newPrepareProtocolType()
		state.ConnectionType = newConnectionType()
		state.CursorType = newCursorType()
		state.RowType = newRowType()
		state.BlobType = newBlobType()
	})
}

// connectSig is the signature shared by connect() and Connection().
const connectSig = "database, timeout=, detect_types=, isolation_level=, check_same_thread=, factory=, cached_statements=, uri="

var connectMethod = &runtime.Method{Name: "connect", Sig: connectSig}

// module_connect validates its arguments and calls factory (Connection by
// default) with all of them, as CPython's connect does.
func module_connect(_ value, args []value, kwnames []*runtime.Str) (value, *exc) {
	bound, err := runtime.BindArgs(connectMethod, args, kwnames, nil)
	if err != nil {
		return runtime.None, err
	}
	factory := bound[5]
	if factory.IsNull() {
		factory = state.ConnectionType.Value()
	}
	return runtime.Call(factory, args, kwnames)
}

// audit raises the sys.audit event name with args.
func audit(name string, args ...value) *exc {
	sys := runtime.SysModule()
	if sys == nil {
		return nil
	}
	fn, err := runtime.GetAttrString(sys.Value(), "audit")
	if err != nil {
		return nil
	}
	_, err = runtime.Call(fn, append([]value{runtime.StrValue(name)}, args...), nil)
	return err
}

func module_complete_statement(_ value, a []value) (value, *exc) {
	s, ok := a[0].TryStr()
	if !ok {
		return runtime.None, runtime.NewTypeError("complete_statement() argument 'statement' must be str, not %s", runtime.ArgTypeName(a[0]))
	}
	tls := libc.NewTLS()
	defer tls.Close()
	p := cstring(tls, s.S)
	defer cfree(tls, p)
	return runtime.Bool(sqlite.Xsqlite3_complete(tls, p) != 0), nil
}

func module_register_adapter(_ value, a []value) (value, *exc) {
	t, ok := a[0].TryType()
	if ok && (t == runtime.IntType || t == runtime.FloatType || t == runtime.StrType || t == runtime.ByteArrayType) {
		state.baseTypeAdapted = true
	}
	key := runtime.NewTuple([]value{a[0], state.PrepareProtocolType.Value()}).Value()
	if err := state.adapters.SetItem(key, a[1]); err != nil {
		return runtime.None, err
	}
	return runtime.None, nil
}

func module_register_converter(_ value, a []value) (value, *exc) {
	if _, ok := a[0].TryStr(); !ok {
		return runtime.None, runtime.NewTypeError("register_converter() argument 1 must be str, not %s", runtime.ArgTypeName(a[0]))
	}
	name, err := runtime.CallMethod(a[0], "upper")
	if err != nil {
		return runtime.None, err
	}
	if err := state.converters.SetItem(name, a[1]); err != nil {
		return runtime.None, err
	}
	return runtime.None, nil
}

func module_adapt(_ value, a []value) (value, *exc) {
	proto := a[1]
	if proto.IsNull() {
		proto = state.PrepareProtocolType.Value()
	}
	return adapt(a[0], proto, a[2])
}

// adapt is CPython's pysqlite_microprotocols_adapt: the registered adapter
// for (type(obj), proto), else proto.__adapt__(obj), else
// obj.__conform__(proto), else alt (or ProgrammingError without one).
func adapt(obj, proto, alt value) (value, *exc) {
	key := runtime.NewTuple([]value{obj.Type().Value(), proto}).Value()
	if fn, found, err := state.adapters.GetItem(key); err != nil {
		return runtime.None, err
	} else if found {
		return runtime.Call(fn, []value{obj}, nil)
	}
	if r, done, err := tryAdapt(proto, "__adapt__", obj); done || err != nil {
		return r, err
	}
	if r, done, err := tryAdapt(obj, "__conform__", proto); done || err != nil {
		return r, err
	}
	if !alt.IsNull() {
		return alt, nil
	}
	return runtime.None, programmingError("can't adapt")
}

// tryAdapt calls on.name(arg) if it exists; a TypeError or a None result
// means "not adapted".
func tryAdapt(on value, name string, arg value) (value, bool, *exc) {
	fn, err := runtime.GetAttrString(on, name)
	if err != nil {
		if err.Matches(runtime.ExceptionTypeByName("AttributeError")) {
			return runtime.None, false, nil
		}
		return runtime.None, false, err
	}
	r, err := runtime.Call(fn, []value{arg}, nil)
	if err != nil {
		if err.Matches(runtime.ExceptionTypeByName("TypeError")) {
			return runtime.None, false, nil
		}
		return runtime.None, false, err
	}
	if r.IsNone() {
		return runtime.None, false, nil
	}
	return r, true, nil
}

func module_enable_callback_tracebacks(_ value, a []value) (value, *exc) {
	on, err := runtime.IsTrue(a[0])
	if err != nil {
		return runtime.None, err
	}
	state.callbackTracebacks = on
	return runtime.None, nil
}

func module_enable_shared_cache(_ value, a []value) (value, *exc) {
	n, err := runtime.IndexInt(a[0], "")
	if err != nil {
		return runtime.None, err
	}
	tls := libc.NewTLS()
	defer tls.Close()
	if rc := sqlite.Xsqlite3_enable_shared_cache(tls, int32(n)); rc != sqlite.SQLITE_OK {
		return runtime.None, newError(OperationalErrorType, "Changing the shared_cache flag failed")
	}
	return runtime.None, nil
}

// Module is the _sqlite3 module.
var Module = &runtime.ModuleDef{
	Name: "_sqlite3",
	Methods: []runtime.Method{
		{Name: "connect", Sig: "*args, **kwargs", Vec: module_connect, Fn: func(self value, a []value) (value, *exc) {
			return runtime.None, runtime.NewSystemError("connect called without vectorcall")
		}, Doc: "Opens a connection to the SQLite database file database.\n\nYou can use \":memory:\" to open a database connection to a database that resides\nin RAM instead of on disk."},
		{Name: "complete_statement", Sig: "statement", Fn: module_complete_statement, Doc: "Checks if a string contains a complete SQL statement."},
		{Name: "register_adapter", Sig: "type, adapter, /", Fn: module_register_adapter, Doc: "Register a function to adapt Python objects to SQLite values."},
		{Name: "register_converter", Sig: "typename, converter, /", Fn: module_register_converter, Doc: "Register a function to convert SQLite values to Python objects."},
		{Name: "adapt", Sig: "obj, proto=, alt=, /", Fn: module_adapt, Doc: "Adapt given object to given protocol."},
		{Name: "enable_callback_tracebacks", Sig: "enable, /", Fn: module_enable_callback_tracebacks, Doc: "Enable or disable callback functions throwing errors to stderr."},
		{Name: "enable_shared_cache", Sig: "do_enable", Fn: module_enable_shared_cache, Doc: "Enable or disable shared cache mode for the calling thread."},
	},
	Exec: func(m *runtime.Module) *runtime.Exception {
		initState()
		for _, t := range exceptionOrder {
			m.SetAttr(t.Name, t.Value())
		}
		m.SetAttr("Connection", state.ConnectionType.Value())
		m.SetAttr("Cursor", state.CursorType.Value())
		m.SetAttr("Row", state.RowType.Value())
		m.SetAttr("Blob", state.BlobType.Value())
		m.SetAttr("PrepareProtocol", state.PrepareProtocolType.Value())
		m.SetAttr("adapters", state.adapters.Value())
		m.SetAttr("converters", state.converters.Value())
		for _, e := range errorCodes {
			m.SetAttr(e.name, runtime.Int(int64(e.code)))
		}
		for _, c := range otherConstants {
			m.SetAttr(c.name, runtime.Int(c.value))
		}
		m.SetAttr("PARSE_DECLTYPES", runtime.Int(parseDecltypes))
		m.SetAttr("PARSE_COLNAMES", runtime.Int(parseColnames))
		m.SetAttr("version", runtime.StrValue("2.6.0"))
		m.SetAttr("sqlite_version", runtime.StrValue(libVersion()))
		m.SetAttr("threadsafety", runtime.Int(3))
		return nil
	},
}

// The detect_types flags.
const (
	parseDecltypes = 1
	parseColnames  = 2
)

// newPrepareProtocolType is sqlite3.PrepareProtocol, the protocol object
// adapters are registered for.
func newPrepareProtocolType() *runtime.Type {
	return runtime.NewNativeType(&runtime.TypeSpec{Name: "sqlite3.PrepareProtocol", Flags: runtime.FlagBaseType,
		Doc: "PEP 246 style object adaption protocol type."}, func(t *runtime.Type) {
		heapTypeModule(t)
		t.New = func(tp *runtime.Type, _ []value, _ []*runtime.Str) (value, *exc) {
			return runtime.NewPlainInstance(tp), nil
		}
	})
}

// heapTypeModule gives a class the __module__ entry CPython's heap types
// (PyType_FromSpec) carry in their dict.
func heapTypeModule(t *runtime.Type) {
	t.SetupDict().SetStr(runtime.Intern("__module__"), runtime.StrValue("sqlite3"))
}
