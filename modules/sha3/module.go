// Package sha3 is CPython 3.11's _sha3 module (sha3_224/256/384/512 and
// shake_128/256) over Go's crypto/sha3. As in CPython, the hash types are
// themselves the constructors.
package sha3

import (
	"crypto/sha3"
	"encoding/hex"
	"sync"

	"krait/modules/hashbase"
	"krait/runtime"
)

type (
	value = runtime.Value
	exc   = runtime.Exception
)

// shake adapts a SHAKE function to hashbase.State; newFn makes a fresh
// state of the same function, into which Clone restores the state.
type shake struct {
	*sha3.SHAKE
	newFn func() *sha3.SHAKE
}

func (s shake) Size() int { return 0 }

func (s shake) Clone() hashbase.State {
	state, _ := s.MarshalBinary()
	c := s.newFn()
	if err := c.UnmarshalBinary(state); err != nil {
		panic(err) // a state marshalled by the same function always restores
	}
	return shake{c, s.newFn}
}

// Sum reads n bytes of output from a copy, leaving the state open.
func (s shake) Sum(n int) []byte {
	out := make([]byte, n)
	s.Clone().(shake).Read(out)
	return out
}

// variant describes one algorithm of the module.
type variant struct {
	name     string
	rateBits int
	suffix   byte
	newFn    func() hashbase.State
	typ      *runtime.Type
}

func fixed(newFn func() *sha3.SHA3) func() hashbase.State {
	return func() hashbase.State { return hashbase.Fixed{Cloner: newFn()} }
}

var variants = []*variant{
	{name: "sha3_224", rateBits: 1152, suffix: 6, newFn: fixed(sha3.New224)},
	{name: "sha3_256", rateBits: 1088, suffix: 6, newFn: fixed(sha3.New256)},
	{name: "sha3_384", rateBits: 832, suffix: 6, newFn: fixed(sha3.New384)},
	{name: "sha3_512", rateBits: 576, suffix: 6, newFn: fixed(sha3.New512)},
	{name: "shake_128", rateBits: 1344, suffix: 0x1f, newFn: func() hashbase.State { return shake{sha3.NewSHAKE128(), sha3.NewSHAKE128} }},
	{name: "shake_256", rateBits: 1088, suffix: 0x1f, newFn: func() hashbase.State { return shake{sha3.NewSHAKE256(), sha3.NewSHAKE256} }},
}

// shakeLength converts the length argument of a SHAKE digest: an unsigned
// long, below the 2**29 bytes CPython's _sha3 accepts.
func shakeLength(v value) (int, *exc) {
	n, err := runtime.UnsignedLongConverter(v)
	if err != nil {
		return 0, err
	}
	if n >= 1<<29 {
		return 0, runtime.NewValueError("length is too large")
	}
	return int(n), nil
}

var shakeMethods = []runtime.Method{
	{Name: "update", Sig: "obj, /", Flags: runtime.MethO, Fn: hashbase.Update, Doc: "Update this hash object's state with the provided string."},
	{Name: "digest", Sig: "length, /", Flags: runtime.MethO, Fn: func(self value, a []value) (value, *exc) {
		n, err := shakeLength(a[0])
		if err != nil {
			return runtime.None, err
		}
		return runtime.NewBytes(hashbase.Of(self).Sum(n)), nil
	}, Doc: "Return the digest value as a bytes object."},
	{Name: "hexdigest", Sig: "length, /", Flags: runtime.MethO, Fn: func(self value, a []value) (value, *exc) {
		n, err := shakeLength(a[0])
		if err != nil {
			return runtime.None, err
		}
		return runtime.StrValue(hex.EncodeToString(hashbase.Of(self).Sum(n))), nil
	}, Doc: "Return the digest value as a string of hexadecimal digits."},
	{Name: "copy", Flags: runtime.MethNoArgs, Fn: hashbase.Copy, Doc: "Return a copy of the hash object."},
}

func (vr *variant) getsets() []runtime.GetSetDef {
	return append(append([]runtime.GetSetDef{}, hashbase.GetSets...),
		runtime.GetSetDef{Name: "_capacity_bits", Get: func(value) (value, *exc) { return runtime.Int(int64(1600 - vr.rateBits)), nil }},
		runtime.GetSetDef{Name: "_rate_bits", Get: func(value) (value, *exc) { return runtime.Int(int64(vr.rateBits)), nil }},
		runtime.GetSetDef{Name: "_suffix", Get: func(value) (value, *exc) { return runtime.NewBytes([]byte{vr.suffix}), nil }},
	)
}

func (vr *variant) makeType() {
	methods := hashbase.Methods
	if vr.suffix == 0x1f {
		methods = shakeMethods
	}
	sig := &runtime.Method{Name: vr.name, Sig: "data=, /, *, usedforsecurity="}
	vr.typ = runtime.NewNativeType(&runtime.TypeSpec{Name: "_sha3." + vr.name, Methods: methods, GetSets: vr.getsets()},
		func(t *runtime.Type) {
			t.New = func(t *runtime.Type, args []value, kw []*runtime.Str) (value, *exc) {
				if err := hashbase.CheckPositional(vr.name, args, kw); err != nil {
					return runtime.None, err
				}
				a, err := runtime.BindArgs(sig, args, kw, nil)
				if err != nil {
					return runtime.None, err
				}
				return hashbase.New(t, vr.name, vr.newFn(), a[0])
			}
		})
}

// typesOnce creates the hash classes on the module's first import (Exec)
// rather than at process start-up.
var typesOnce sync.Once

func makeTypes() {
	for _, vr := range variants {
		vr.makeType()
	}
}

// Module is the _sha3 module.
var Module = &runtime.ModuleDef{
	Name: "_sha3",
	Exec: func(m *runtime.Module) *runtime.Exception {
		typesOnce.Do(makeTypes)
		for _, vr := range variants {
			m.SetAttr(vr.name, vr.typ.Value())
		}
		m.SetAttr("implementation", runtime.StrValue("tiny_sha3"))
		m.SetAttr("keccakopt", runtime.Int(0))
		return nil
	},
}
