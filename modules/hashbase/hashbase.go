// This file defines the hash object shared by the native hash modules
// (_md5, _sha1, _sha256, _sha3, _blake2): one Python type per algorithm
// over a Go hash state, with update, digest, hexdigest and copy.
package hashbase

import (
	"encoding/hex"
	"hash"
	"sync"

	"krait/runtime"
)

type (
	value = runtime.Value
	exc   = runtime.Exception
)

// State is the algorithm behind a hash object. Fixed-size hashes use
// Fixed; extendable-output functions (SHAKE) implement it directly.
type State interface {
	Write(p []byte) (int, error)
	// Sum returns n bytes of digest (n is ignored by fixed-size hashes)
	// without changing the state.
	Sum(n int) []byte
	// Clone returns an independent copy of the state.
	Clone() State
	Size() int
	BlockSize() int
}

// Fixed adapts a cloneable Go hash.Hash to State.
type Fixed struct{ hash.Cloner }

// Sum returns the digest.
func (f Fixed) Sum(int) []byte { return f.Cloner.Sum(nil) }

// Clone copies the state; standard-library hashes never fail to clone.
func (f Fixed) Clone() State {
	c, err := f.Cloner.Clone()
	if err != nil {
		panic(err)
	}
	return Fixed{Cloner: c}
}

// Object is one hash object.
type Object struct {
	runtime.Header
	mu    sync.Mutex
	State State
	Name  string
}

// Of returns the Object of a hash value.
func Of(v value) *Object { return runtime.PtrOf[Object](v) }

// Data gets the bytes of a buffer argument, refusing str as CPython does.
func Data(v value) ([]byte, *exc) {
	if _, ok := v.TryStr(); ok {
		return nil, runtime.NewTypeError("Strings must be encoded before hashing")
	}
	if b, ok := runtime.BufferBytes(v); ok {
		return b, nil
	}
	return nil, runtime.NewTypeError("object supporting the buffer API required")
}

// New makes a hash object of type t over s, fed with the optional data.
func New(t *runtime.Type, name string, s State, data value) (value, *exc) {
	o := &Object{Header: runtime.HeaderFor(t), State: s, Name: name}
	if !data.IsNull() {
		b, err := Data(data)
		if err != nil {
			return runtime.None, err
		}
		s.Write(b)
	}
	return runtime.ValueOf(o), nil
}

// Constructor returns the module function that makes a hash object of
// *t (a pointer because types are built in init) from newFn.
func Constructor(t **runtime.Type, name string, newFn func() State) runtime.MethodFunc {
	return func(_ value, a []value) (value, *exc) {
		return New(*t, name, newFn(), a[0])
	}
}

// Update is the update method of hash objects.
func Update(self value, a []value) (value, *exc) {
	b, err := Data(a[0])
	if err != nil {
		return runtime.None, err
	}
	o := Of(self)
	o.mu.Lock()
	o.State.Write(b)
	o.mu.Unlock()
	return runtime.None, nil
}

// Sum returns n bytes of the object's digest.
func (o *Object) Sum(n int) []byte {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.State.Sum(n)
}

// Copy is the copy method of hash objects.
func Copy(self value, _ []value) (value, *exc) {
	o := Of(self)
	o.mu.Lock()
	c := &Object{Header: o.Header, State: o.State.Clone(), Name: o.Name}
	o.mu.Unlock()
	return runtime.ValueOf(c), nil
}

// Methods are the methods of fixed-size hash objects.
var Methods = []runtime.Method{
	{Name: "update", Sig: "obj, /", Flags: runtime.MethO, Fn: Update, Doc: "Update this hash object's state with the provided string."},
	{Name: "digest", Flags: runtime.MethNoArgs, Fn: func(self value, _ []value) (value, *exc) {
		return runtime.NewBytes(Of(self).Sum(0)), nil
	}, Doc: "Return the digest value as a bytes object."},
	{Name: "hexdigest", Flags: runtime.MethNoArgs, Fn: func(self value, _ []value) (value, *exc) {
		return runtime.StrValue(hex.EncodeToString(Of(self).Sum(0))), nil
	}, Doc: "Return the digest value as a string of hexadecimal digits."},
	{Name: "copy", Flags: runtime.MethNoArgs, Fn: Copy, Doc: "Return a copy of the hash object."},
}

// GetSets are the attributes of every hash object.
var GetSets = []runtime.GetSetDef{
	{Name: "name", Get: func(v value) (value, *exc) { return runtime.StrValue(Of(v).Name), nil }},
	{Name: "digest_size", Get: func(v value) (value, *exc) { return runtime.Int(int64(Of(v).State.Size())), nil }},
	{Name: "block_size", Get: func(v value) (value, *exc) { return runtime.Int(int64(Of(v).State.BlockSize())), nil }},
}

// NewType makes a hash type named qualname that Python cannot instantiate
// directly (the module functions are the constructors).
func NewType(qualname string, methods []runtime.Method, getsets []runtime.GetSetDef) *runtime.Type {
	return runtime.NewNativeType(&runtime.TypeSpec{Name: qualname, Methods: methods, GetSets: getsets},
		func(t *runtime.Type) {
			t.New = func(t *runtime.Type, _ []value, _ []*runtime.Str) (value, *exc) {
				return runtime.None, runtime.NewTypeError("cannot create '%s' instances", t.Name)
			}
		})
}

// CheckPositional gives the Argument Clinic message for more than the one
// positional argument (data) that the hash type constructors take.
func CheckPositional(name string, args []value, kw []*runtime.Str) *exc {
	if n := len(args) - len(kw); n > 1 {
		return runtime.NewTypeError("%s() takes at most 1 positional argument (%d given)", name, n)
	}
	return nil
}
