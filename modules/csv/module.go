// Package csv is CPython 3.11's _csv module, which Lib/csv.py wraps:
// reader, writer, Dialect, the dialect registry and field_size_limit.
package csv

import (
	"fmt"
	"sync"

	"krait/runtime"
)

var (
	registryMu sync.Mutex
	registry   = map[string]value{}
	// registryOrder keeps the names in registration order, the order
	// CPython's dict gives list_dialects.
	registryOrder []string
	fieldLimit    int64 = 128 * 1024
)

// csvErrorType returns _csv.Error, created once per process.
var csvErrorType = runtime.LazyExceptionClass("_csv", "Error", "", runtime.ExceptionType)

func csvError(format string, args ...any) *exc {
	return runtime.NewExceptionMsg(csvErrorType(), fmt.Sprintf(format, args...))
}

func getDialect(name *runtime.Str) (value, *exc) {
	registryMu.Lock()
	d, ok := registry[name.String()]
	registryMu.Unlock()
	if !ok {
		return runtime.None, csvError("unknown dialect")
	}
	return d, nil
}

func csv_register_dialect(_ value, a []value) (value, *exc) {
	name, ok := a[0].TryStr()
	if !ok {
		return runtime.None, runtime.NewTypeError("dialect name must be a string")
	}
	params, err := dialectParams(a[1], a[2])
	if err != nil {
		return runtime.None, err
	}
	d, err := newDialect(DialectType, params)
	if err != nil {
		return runtime.None, err
	}
	registryMu.Lock()
	if _, seen := registry[name.String()]; !seen {
		registryOrder = append(registryOrder, name.String())
	}
	registry[name.String()] = d
	registryMu.Unlock()
	return runtime.None, nil
}

func csv_unregister_dialect(_ value, a []value) (value, *exc) {
	name, ok := a[0].TryStr()
	registryMu.Lock()
	defer registryMu.Unlock()
	if ok {
		if _, found := registry[name.String()]; found {
			delete(registry, name.String())
			registryOrder = removeName(registryOrder, name.String())
			return runtime.None, nil
		}
	}
	return runtime.None, csvError("unknown dialect")
}

// removeName drops name from names, keeping the others' order.
func removeName(names []string, name string) []string {
	for i, n := range names {
		if n == name {
			return append(names[:i], names[i+1:]...)
		}
	}
	return names
}

func csv_get_dialect(_ value, a []value) (value, *exc) {
	name, ok := a[0].TryStr()
	if !ok {
		return runtime.None, csvError("unknown dialect")
	}
	return getDialect(name)
}

func csv_list_dialects(_ value, _ []value) (value, *exc) {
	registryMu.Lock()
	names := append([]string(nil), registryOrder...)
	registryMu.Unlock()
	items := make([]value, len(names))
	for i, n := range names {
		items[i] = runtime.StrValue(n)
	}
	return runtime.NewList(items), nil
}

func csv_field_size_limit(_ value, a []value) (value, *exc) {
	old := fieldLimit
	if !a[0].IsNull() {
		n, ok := runtime.IntOf(a[0])
		if !ok {
			if _, big := runtime.BigIntOf(a[0]); big {
				return runtime.None, runtime.NewOverflowError("Python int too large to convert to C long")
			}
			return runtime.None, runtime.NewTypeError("limit must be an integer")
		}
		fieldLimit = n
	}
	return runtime.Int(old), nil
}

const dialectSig = "dialect=, **kwargs"

// Module is the _csv module.
var Module = &runtime.ModuleDef{
	Name: "_csv",
	Doc:  "CSV parsing and writing.\n",
	Methods: []runtime.Method{
		{Name: "reader", Sig: "csvfile, /, " + dialectSig, Fn: csv_reader, Doc: "csv_reader = reader(iterable [, dialect='excel'] [optional keyword args])"},
		{Name: "writer", Sig: "fileobj, /, " + dialectSig, Fn: csv_writer, Doc: "csv_writer = csv.writer(fileobj [, dialect='excel'] [optional keyword args])"},
		{Name: "register_dialect", Sig: "name, /, " + dialectSig, Fn: csv_register_dialect, Doc: "Create a mapping from a string name to a dialect class."},
		{Name: "unregister_dialect", Sig: "name, /", Fn: csv_unregister_dialect, Doc: "Delete the name/dialect mapping associated with a string name."},
		{Name: "get_dialect", Sig: "name, /", Fn: csv_get_dialect, Doc: "Return the dialect instance associated with name."},
		{Name: "list_dialects", Flags: runtime.MethNoArgs, Fn: csv_list_dialects, Doc: "Return a list of all know dialect names."},
		{Name: "field_size_limit", Sig: "new_limit=, /", Fn: csv_field_size_limit, Doc: "Sets an upper limit on parsed fields."},
	},
	Exec: func(m *runtime.Module) *runtime.Exception {
		typesOnce.Do(initTypes) // startup10_types.go
		m.SetAttr("__version__", runtime.StrValue("1.0"))
		m.SetAttr("QUOTE_MINIMAL", runtime.Int(quoteMinimal))
		m.SetAttr("QUOTE_ALL", runtime.Int(quoteAll))
		m.SetAttr("QUOTE_NONNUMERIC", runtime.Int(quoteNonNumeric))
		m.SetAttr("QUOTE_NONE", runtime.Int(quoteNone))
		m.SetAttr("Error", csvErrorType().Value())
		m.SetAttr("Dialect", DialectType.Value())
		m.SetAttr("Reader", ReaderType.Value())
		m.SetAttr("Writer", WriterType.Value())
		return nil
	},
}
