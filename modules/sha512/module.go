// Package sha512 is CPython 3.11's _sha512 module (sha512 and sha384 hash
// objects), which Lib/random.py imports to seed from str and bytes, over
// Go's crypto/sha512.
package sha512

import (
	"crypto/sha512"
	"encoding"
	"encoding/hex"
	"hash"
	"sync"

	"krait/runtime"
)

type (
	value = runtime.Value
	exc   = runtime.Exception
)

// hashObject is a _sha512.sha512 or _sha512.sha384 object.
type hashObject struct {
	runtime.Header
	mu   sync.Mutex
	h    hash.Hash
	name string
}

// The hash types.
var sha512Type, sha384Type *runtime.Type

func hashOf(v value) *hashObject { return runtime.PtrOf[hashObject](v) }

// hashData gets the bytes of a buffer argument, refusing str as CPython.
func hashData(v value) ([]byte, *exc) {
	if _, ok := v.TryStr(); ok {
		return nil, runtime.NewTypeError("Strings must be encoded before hashing")
	}
	if b, ok := runtime.BufferBytes(v); ok {
		return b, nil
	}
	return nil, runtime.NewTypeError("object supporting the buffer API required")
}

func newHash(t **runtime.Type, name string, newFn func() hash.Hash) runtime.MethodFunc {
	return func(_ value, a []value) (value, *exc) {
		o := &hashObject{Header: runtime.HeaderFor(*t), h: newFn(), name: name}
		if !a[0].IsNull() {
			b, err := hashData(a[0])
			if err != nil {
				return runtime.None, err
			}
			o.h.Write(b)
		}
		return runtime.ValueOf(o), nil
	}
}

func hash_update(self value, a []value) (value, *exc) {
	b, err := hashData(a[0])
	if err != nil {
		return runtime.None, err
	}
	o := hashOf(self)
	o.mu.Lock()
	o.h.Write(b)
	o.mu.Unlock()
	return runtime.None, nil
}

func (o *hashObject) sum() []byte {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.h.Sum(nil)
}

func hash_copy(self value, _ []value) (value, *exc) {
	o := hashOf(self)
	o.mu.Lock()
	state, err := o.h.(encoding.BinaryMarshaler).MarshalBinary()
	o.mu.Unlock()
	if err != nil {
		return runtime.None, runtime.NewSystemError("%s", err.Error())
	}
	c := &hashObject{Header: o.Header, name: o.name}
	if o.name == "sha384" {
		c.h = sha512.New384()
	} else {
		c.h = sha512.New()
	}
	if err := c.h.(encoding.BinaryUnmarshaler).UnmarshalBinary(state); err != nil {
		return runtime.None, runtime.NewSystemError("%s", err.Error())
	}
	return runtime.ValueOf(c), nil
}

var hashMethods = []runtime.Method{
	{Name: "update", Sig: "obj, /", Flags: runtime.MethO, Fn: hash_update, Doc: "Update this hash object's state with the provided string."},
	{Name: "digest", Flags: runtime.MethNoArgs, Fn: func(self value, _ []value) (value, *exc) {
		return runtime.NewBytes(hashOf(self).sum()), nil
	}, Doc: "Return the digest value as a bytes object."},
	{Name: "hexdigest", Flags: runtime.MethNoArgs, Fn: func(self value, _ []value) (value, *exc) {
		return runtime.StrValue(hex.EncodeToString(hashOf(self).sum())), nil
	}, Doc: "Return the digest value as a string of hexadecimal digits."},
	{Name: "copy", Flags: runtime.MethNoArgs, Fn: hash_copy, Doc: "Return a copy of the hash object."},
}

var hashGetSets = []runtime.GetSetDef{
	{Name: "name", Get: func(v value) (value, *exc) { return runtime.StrValue(hashOf(v).name), nil }},
	{Name: "digest_size", Get: func(v value) (value, *exc) { return runtime.Int(int64(hashOf(v).h.Size())), nil }},
	{Name: "block_size", Get: func(v value) (value, *exc) { return runtime.Int(int64(hashOf(v).h.BlockSize())), nil }},
}

func newType(name string) *runtime.Type {
	return runtime.NewNativeType(&runtime.TypeSpec{Name: "_sha512." + name, Methods: hashMethods, GetSets: hashGetSets},
		func(t *runtime.Type) {
			t.New = func(t *runtime.Type, _ []value, _ []*runtime.Str) (value, *exc) {
				return runtime.None, runtime.NewTypeError("cannot create '%s' instances", t.Name)
			}
		})
}

func init() {
	sha512Type = newType("sha512")
	sha384Type = newType("sha384")
}

// Module is the _sha512 module.
var Module = &runtime.ModuleDef{
	Name: "_sha512",
	Methods: []runtime.Method{
		runtime.ClinicKwMethod("sha512", "string=, *, usedforsecurity=", newHash(&sha512Type, "sha512", sha512.New)),
		runtime.ClinicKwMethod("sha384", "string=, *, usedforsecurity=", newHash(&sha384Type, "sha384", sha512.New384)),
	},
	Exec: func(m *runtime.Module) *runtime.Exception {
		// CPython 3.11 registers its sha512 type under this name (and no SHA512Type).
		m.SetAttr("SHA384Type", sha512Type.Value())
		return nil
	},
}
