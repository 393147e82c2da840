// This file defines the Python binding of the _random module: the
// subclassable class _random.Random over this package's generator, with
// CPython 3.11's seeding rules and getstate/setstate tuple format.

package random

import (
	"sync"

	"krait/runtime"
)

type (
	value = runtime.Value
	exc   = runtime.Exception
)

func none() value { return runtime.None }

// randomObject is a _random.Random instance; attrs holds the instance
// attributes of Python subclasses (random.Random keeps gauss_next there).
type randomObject struct {
	runtime.Header
	mu    sync.Mutex
	r     *Random
	attrs *runtime.Attrs
}

// RandomType is _random.Random.
var RandomType *runtime.Type

func randomOf(v value) *randomObject { return runtime.PtrOf[randomObject](v) }

func random_new(t *runtime.Type, _ []value, _ []*runtime.Str) (value, *exc) {
	o := &randomObject{Header: runtime.HeaderFor(t), r: New()}
	if t != RandomType {
		o.attrs = &runtime.Attrs{}
	}
	return runtime.ValueOf(o), nil
}

// random_init seeds the generator from the optional argument, as
// random_init does; keywords are refused unless a subclass overrides
// __init__ (then this slot is not called).
func random_init(self value, args []value, kwnames []*runtime.Str) *exc {
	if len(kwnames) > 0 {
		return runtime.NewTypeError("Random() takes no keyword arguments")
	}
	if len(args) > 1 {
		return runtime.NewTypeError("Random() requires 0 or 1 argument")
	}
	var arg value
	if len(args) == 1 {
		arg = args[0]
	}
	return seed(randomOf(self), arg)
}

// seed is random_seed: None reseeds from the OS, an int by its absolute
// value, anything else by its hash.
func seed(o *randomObject, arg value) *exc {
	o.mu.Lock()
	defer o.mu.Unlock()
	if arg.IsNull() || arg.IsNone() {
		o.r.SeedRandom()
		return nil
	}
	if n, ok := runtime.BigIntOf(arg); ok {
		o.r.SeedInt(n)
		return nil
	}
	h, err := runtime.Hash(arg)
	if err != nil {
		return err
	}
	o.r.SeedHash(h)
	return nil
}

func random_seed(self value, a []value) (value, *exc) {
	if err := seed(randomOf(self), a[0]); err != nil {
		return none(), err
	}
	return none(), nil
}

func random_random(self value, _ []value) (value, *exc) {
	o := randomOf(self)
	o.mu.Lock()
	defer o.mu.Unlock()
	return runtime.Float(o.r.Random()), nil
}

func random_getrandbits(self value, a []value) (value, *exc) {
	k, err := runtime.CIntConverter(a[0])
	if err != nil {
		return none(), err
	}
	o := randomOf(self)
	o.mu.Lock()
	defer o.mu.Unlock()
	r, e := o.r.Getrandbits(int64(k))
	if e != nil {
		return none(), runtime.ExceptionOfKind(e.Kind, e.Msg)
	}
	return runtime.NewIntBig(r), nil
}

func random_getstate(self value, _ []value) (value, *exc) {
	o := randomOf(self)
	o.mu.Lock()
	words, index := o.r.State()
	o.mu.Unlock()
	items := make([]value, N+1)
	for i, w := range words {
		items[i] = runtime.Int(int64(w))
	}
	items[N] = runtime.Int(int64(index))
	return runtime.TupleValue(items...), nil
}

func random_setstate(self value, a []value) (value, *exc) {
	t, ok := a[0].TryTuple()
	if !ok {
		return none(), runtime.NewTypeError("state vector must be a tuple")
	}
	items := t.Items()
	if len(items) != N+1 {
		return none(), runtime.NewValueError("state vector is the wrong size")
	}
	words := make([]uint32, N)
	for i := range words {
		s, b, ok := runtime.IntParts(items[i])
		switch {
		case !ok:
			return none(), runtime.NewTypeError("an integer is required")
		case (b != nil && b.Sign() < 0) || (b == nil && s < 0):
			return none(), runtime.NewOverflowError("can't convert negative value to unsigned int")
		case b != nil && b.BitLen() > 64:
			return none(), runtime.NewOverflowError("Python int too large to convert to C unsigned long")
		case b != nil:
			s = int64(b.Uint64())
		}
		words[i] = uint32(s)
	}
	index, err := runtime.IndexBig(items[N], "")
	if err != nil {
		return none(), err
	}
	if !index.IsInt64() {
		return none(), runtime.NewOverflowError("Python int too large to convert to C long")
	}
	o := randomOf(self)
	o.mu.Lock()
	defer o.mu.Unlock()
	if e := o.r.SetState(words, index.Int64()); e != nil {
		return none(), runtime.ExceptionOfKind(e.Kind, e.Msg)
	}
	return none(), nil
}

var randomMethods = []runtime.Method{
	{Name: "random", Flags: runtime.MethNoArgs, Fn: random_random, Doc: "random() -> x in the interval [0, 1)."},
	{Name: "seed", Sig: "n=, /", Fn: random_seed, Doc: "seed([n]) -> None.\n\nDefaults to use urandom and falls back to a combination\nof the current time and the process identifier."},
	{Name: "getstate", Flags: runtime.MethNoArgs, Fn: random_getstate, Doc: "getstate() -> tuple containing the current state."},
	{Name: "setstate", Sig: "state, /", Flags: runtime.MethO, Fn: random_setstate, Doc: "setstate(state) -> None.  Restores generator state."},
	{Name: "getrandbits", Sig: "k, /", Flags: runtime.MethO, Fn: random_getrandbits, Doc: "getrandbits(k) -> x.  Generates an int with k random bits."},
}

func init() {
	RandomType = runtime.NewNativeType(&runtime.TypeSpec{
		Name: "_random.Random", Flags: runtime.FlagBaseType,
		Doc:     "Random() -> create a random number generator with its own internal state.",
		Methods: randomMethods,
	}, func(t *runtime.Type) {
		t.New = random_new
		t.Init = random_init
		t.InstAttrs = func(v value) *runtime.Attrs { return randomOf(v).attrs }
	})
}

// Module is the _random module.
var Module = &runtime.ModuleDef{
	Name: "_random",
	Doc:  "Module implements the Mersenne Twister random number generator.",
	Exec: func(m *runtime.Module) *runtime.Exception {
		m.SetAttr("Random", RandomType.Value())
		return nil
	},
}
