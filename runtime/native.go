// This file defines the API through which modules written in Go (the
// packages under modules/) declare themselves and their types: ModuleDef
// and the registry of builtin modules behind sys.builtin_module_names and
// _imp.create_builtin, and NewNativeType for their classes.

package runtime

import (
	"sort"
	"sync"
)

// ModuleDef declares a module written in Go, as CPython's PyModuleDef:
// an immutable template from which each import creates a fresh module.
type ModuleDef struct {
	Name    string   // the import name, e.g. "_collections"
	Doc     string   // __doc__ ("" gives None)
	Methods []Method // module-level functions
	// FuncModule is its functions' __module__ when CPython's module
	// definition names it differently from the import name (_io's says "io").
	FuncModule string
	// Exec fills a new module with its types and constants; it may be nil.
	Exec func(m *Module) *Exception
}

var (
	moduleDefsMu sync.Mutex
	moduleDefs   = map[string]*ModuleDef{}
	// funcModuleImports maps a ModuleDef.FuncModule to the import name
	// (the key of the text-signature table): "io" -> "_io".
	funcModuleImports = map[string]string{}
)

// RegisterModule makes defs importable as builtin modules. Registering a
// name twice is a Go bug.
func RegisterModule(defs ...*ModuleDef) {
	moduleDefsMu.Lock()
	defer moduleDefsMu.Unlock()
	for _, d := range defs {
		if _, dup := moduleDefs[d.Name]; dup {
			panic("krait: module " + d.Name + " registered twice")
		}
		moduleDefs[d.Name] = d
		if d.FuncModule != "" {
			funcModuleImports[d.FuncModule] = d.Name
		}
	}
}

// BuiltinModuleDef returns the definition of the builtin module name.
func BuiltinModuleDef(name string) (*ModuleDef, bool) {
	moduleDefsMu.Lock()
	defer moduleDefsMu.Unlock()
	d, ok := moduleDefs[name]
	return d, ok
}

// BuiltinModuleNames returns the sorted names of the builtin modules,
// including the ones the runtime itself provides (sys, builtins).
func BuiltinModuleNames() []string {
	moduleDefsMu.Lock()
	names := []string{"builtins", "sys"}
	for n := range moduleDefs {
		names = append(names, n)
	}
	moduleDefsMu.Unlock()
	sort.Strings(names)
	return names
}

// NewModuleFromDef creates a module from def: its functions bound to the
// module, __doc__, then def.Exec.
func NewModuleFromDef(def *ModuleDef) (*Module, *Exception) {
	m := NewModule(def.Name)
	presizeModuleDict(m.Dict, len(def.Methods)) // start17_moddict.go
	if def.Doc != "" {
		m.Dict.SetStr(Intern("__doc__"), StrValue(def.Doc))
	}
	funcMod := def.Name
	if def.FuncModule != "" {
		funcMod = def.FuncModule
	}
	for i := range def.Methods {
		f := &def.Methods[i]
		m.Dict.SetStr(Intern(f.Name), NewBuiltinFunction(f, m.Value(), funcMod))
	}
	if def.Exec != nil {
		if err := def.Exec(m); err != nil {
			return nil, err
		}
	}
	return m, nil
}

// SetAttr sets the module attribute name to v (for ModuleDef.Exec).
func (m *Module) SetAttr(name string, v Value) { m.Dict.SetStr(Intern(name), v) }

// TypeSpec declares a class written in Go.
type TypeSpec struct {
	// Name is CPython's tp_name: "module.qualname" ("collections.deque");
	// __module__ and __name__ are split from it.
	Name    string
	Base    *Type // nil means object
	Flags   TypeFlags
	Doc     string
	Methods []Method
	GetSets []GetSetDef
}

// NewNativeType creates and finishes a builtin (immutable) type from spec.
// setup, when not nil, fills the type's slots (New, Repr, Iter, ...) before
// the type is finished, as a static builtin type's setup does.
func NewNativeType(spec *TypeSpec, setup func(t *Type)) *Type {
	base := spec.Base
	if base == nil {
		base = ObjectType
	}
	name := spec.Name
	qual := name
	if i := lastDot(name); i >= 0 {
		qual = name[i+1:]
	}
	t := &Type{Header: Header{TypeType}, Name: name, Qualname: qual, Base: base, Bases: []*Type{base},
		Flags: spec.Flags | FlagImmutable, Doc: spec.Doc, methods: spec.Methods, getsets: spec.GetSets}
	t.Flags |= base.Flags & (FlagIntSubclass | FlagStrSubclass | FlagTupleSubclass | FlagListSubclass |
		FlagDictSubclass | FlagTypeSubclass | FlagExceptionSubclass)
	if setup != nil {
		setup(t)
	}
	if t.New == nil {
		// Instances are Go structs only the module can build: inheriting
		// object.__new__ would make a wrongly laid out object.
		t.New = refuseNew
		t.Flags |= FlagDisallowInstantiation
	}
	finishStaticType(t)
	return t
}

func lastDot(s string) int {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i] == '.' {
			return i
		}
	}
	return -1
}

// PtrOf returns the Go object behind v as a *T. The caller must have
// checked that v's type lays its instances out as T (e.g. with IsInstance
// against the native type that allocates T).
func PtrOf[T any](v Value) *T { return ptrOf[T](v) }
