// Package cdecimal is CPython's _decimal accelerator module in Go: the
// Decimal and Context types, the signals, and the thread- and
// task-local current context that Lib/decimal.py re-exports with
// "from _decimal import *".
package cdecimal

import (
	"sync"

	"krait/runtime"
)

// Module is the _decimal module.
var Module = &runtime.ModuleDef{
	Name: "_decimal",
	Doc:  "C decimal arithmetic module",
	Methods: []runtime.Method{
		{Name: "getcontext", Flags: runtime.MethNoArgs, Fn: decimal_getcontext, Doc: "Get the current default context."},
		{Name: "setcontext", Sig: "context, /", Fn: decimal_setcontext, Doc: "Set a new default context."},
		{Name: "localcontext", Sig: "ctx=None, **kwargs", Fn: decimal_localcontext, Doc: "Return a context manager that will set the default context to a copy of ctx\non entry to the with-statement and restore the previous default context when\nexiting the with-statement. If no context is specified, a copy of the current\ndefault context is used."},
	},
	Exec: decimal_exec,
}

// init states localcontext's signature, which its Sig cannot.
func init() { runtime.SetMethodTextSignature(&Module.Methods[2], "ctx=None, **kwargs") }

// The template contexts (module attributes DefaultContext, BasicContext
// and ExtendedContext), shared by every import of the module as the types
// are.
var defaultContext, basicContext, extendedContext *Context

var initOnce sync.Once

func initTypes() {
	buildTables() // startup10_tables.go
	initSignals()
	initSignalDict()
	initContext()
	initDecimal()
	initContextManager()
	runtime.SetTypeTextSignature(DecimalType, "(value=\"0\", context=None)")
	runtime.SetTypeTextSignature(ContextType, "(prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None, traps=None)")
	defaultContext = newContextRaw(ContextType, &defaultTemplate)
	basicContext = newContextRaw(ContextType, &defaultTemplate)
	basicContext.p.prec = 9
	basicContext.p.round = roundHalfUp
	basicContext.traps = condIEEEInvalid | condDivByZero | condOverflow | condUnderflow | condClamped
	extendedContext = newContextRaw(ContextType, &defaultTemplate)
	extendedContext.p.prec = 9
	extendedContext.traps = 0
}

func decimal_exec(m *runtime.Module) *runtime.Exception {
	initOnce.Do(initTypes)
	if err := buildSignalDict(); err != nil {
		return err
	}
	if err := buildDecimalTuple(); err != nil {
		return err
	}
	if err := registerNumber(); err != nil {
		return err
	}
	m.SetAttr("Decimal", runtime.ValueOf(DecimalType))
	m.SetAttr("Context", runtime.ValueOf(ContextType))
	m.SetAttr("DecimalTuple", decimalTuple)
	m.SetAttr("DecimalException", runtime.ValueOf(DecimalException))
	for _, s := range signalMap {
		m.SetAttr(s.name, runtime.ValueOf(s.class))
	}
	for _, s := range condMap[1:] {
		m.SetAttr(s.name, runtime.ValueOf(s.class))
	}
	m.SetAttr("DefaultContext", runtime.ValueOf(defaultContext))
	m.SetAttr("BasicContext", runtime.ValueOf(basicContext))
	m.SetAttr("ExtendedContext", runtime.ValueOf(extendedContext))
	for i, n := range roundNames {
		roundStrs[i] = runtime.Intern(n)
		m.SetAttr(n, runtime.ValueOf(roundStrs[i]))
	}
	m.SetAttr("MAX_PREC", runtime.Int(maxPrec))
	m.SetAttr("MAX_EMAX", runtime.Int(maxEmax))
	m.SetAttr("MIN_EMIN", runtime.Int(minEmin))
	m.SetAttr("MIN_ETINY", runtime.Int(minEmin-maxPrec+1))
	m.SetAttr("HAVE_THREADS", runtime.True)
	m.SetAttr("HAVE_CONTEXTVAR", runtime.True)
	m.SetAttr("__version__", runtime.StrValue("1.70"))
	m.SetAttr("__libmpdec_version__", runtime.StrValue("2.5.1"))
	return nil
}

// registerNumber makes Decimal a virtual subclass of numbers.Number, as
// the C module's initialization does.
func registerNumber() *runtime.Exception {
	m, err := runtime.ImportModule("numbers")
	if err != nil {
		return err
	}
	num, err := runtime.GetAttrString(m, "Number")
	if err != nil {
		return err
	}
	_, err = runtime.CallMethod(num, "register", runtime.ValueOf(DecimalType))
	return err
}

// decimalTuple is collections.namedtuple('DecimalTuple', 'sign digits
// exponent', module='decimal').
var decimalTuple runtime.Value

func buildDecimalTuple() *runtime.Exception {
	if !decimalTuple.IsNull() {
		return nil
	}
	coll, err := runtime.ImportModule("collections")
	if err != nil {
		return err
	}
	nt, err := runtime.GetAttrString(coll, "namedtuple")
	if err != nil {
		return err
	}
	t, err := runtime.Call(nt, []runtime.Value{runtime.StrValue("DecimalTuple"), runtime.StrValue("sign digits exponent"),
		runtime.StrValue("decimal")}, []*runtime.Str{runtime.Intern("module")})
	if err != nil {
		return err
	}
	decimalTuple = t
	return nil
}

// ctxVarGet is the bound get method of the ContextVar holding the
// current context, ctxVarSet its set method; getFn and getSelf are the Go
// function behind get, called directly on the hot path.
var (
	ctxVarGet, ctxVarSet runtime.Value
	getFn                runtime.MethodFunc
	getSelf              runtime.Value
)

// noneArg is get's argument list (default None), shared: get keeps
// neither the slice nor its item.
var noneArg = []runtime.Value{runtime.None}

func contextVar() *runtime.Exception {
	if !ctxVarGet.IsNull() {
		return nil
	}
	cv, err := runtime.ImportModule("_contextvars")
	if err != nil {
		return err
	}
	cls, err := runtime.GetAttrString(cv, "ContextVar")
	if err != nil {
		return err
	}
	v, err := runtime.Call(cls, []runtime.Value{runtime.StrValue("decimal_context")}, nil)
	if err != nil {
		return err
	}
	get, err := runtime.GetAttrString(v, "get")
	if err != nil {
		return err
	}
	set, err := runtime.GetAttrString(v, "set")
	if err != nil {
		return err
	}
	ctxVarGet, ctxVarSet = get, set
	getFn, getSelf, _ = runtime.BuiltinMethodFunc(get)
	return nil
}

// currentContext returns the current thread's (task's) context, creating
// it from DefaultContext on first use.
func currentContext() (*Context, *runtime.Exception) {
	if getFn != nil {
		// The hot path, small enough to inline into the slots: the
		// ContextVar exists and its get is a Go function.
		if v, err := getFn(getSelf, noneArg); err == nil && v != runtime.None {
			return asContext(v), nil
		}
	}
	return currentContextSlow()
}

// currentContextSlow is currentContext when the ContextVar is not made
// yet, its get is not a Go function, or the thread has no context yet.
func currentContextSlow() (*Context, *runtime.Exception) {
	if err := contextVar(); err != nil {
		return nil, err
	}
	var v runtime.Value
	var err *runtime.Exception
	if getFn != nil {
		v, err = getFn(getSelf, noneArg)
	} else {
		v, err = runtime.Call(ctxVarGet, []runtime.Value{runtime.None}, nil)
	}
	if err != nil {
		return nil, err
	}
	if v != runtime.None {
		return asContext(v), nil
	}
	c := defaultContext.copyOf()
	c.flags = 0
	if _, err := runtime.Call(ctxVarSet, []runtime.Value{runtime.ValueOf(c)}, nil); err != nil {
		return nil, err
	}
	return c, nil
}

func decimal_getcontext(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	c, err := currentContext()
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.ValueOf(c), nil
}

func setCurrent(v runtime.Value) (runtime.Value, *runtime.Exception) {
	if err := contextVar(); err != nil {
		return runtime.Value{}, err
	}
	return runtime.Call(ctxVarSet, []runtime.Value{v}, nil)
}

func decimal_setcontext(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	v := a[0]
	if !isContext(v) {
		return runtime.Value{}, runtime.NewTypeError("argument must be a context")
	}
	c := asContext(v)
	if c == defaultContext || c == basicContext || c == extendedContext {
		c = c.copyOf()
		c.flags = 0
		v = runtime.ValueOf(c)
	}
	if _, err := setCurrent(v); err != nil {
		return runtime.Value{}, err
	}
	return runtime.None, nil
}
