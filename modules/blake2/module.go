// Package blake2 is CPython 3.11's _blake2 module: the blake2b and blake2s
// types, with digest size, key, salt, personalization and tree-hashing
// parameters.
package blake2

import (
	"encoding/binary"
	"fmt"
	"math/big"
	"sync"

	"krait/modules/hashbase"
	"krait/runtime"
)

type (
	value = runtime.Value
	exc   = runtime.Exception
)

// variant holds the sizes of BLAKE2b or BLAKE2s.
type variant struct {
	name                 string
	maxDigest, maxKey    int
	saltSize, personSize int
	maxNodeOffset        uint64
	typ                  *runtime.Type
}

var (
	variantB = &variant{name: "blake2b", maxDigest: 64, maxKey: 64, saltSize: 16, personSize: 16, maxNodeOffset: ^uint64(0)}
	variantS = &variant{name: "blake2s", maxDigest: 32, maxKey: 32, saltSize: 8, personSize: 8, maxNodeOffset: 1<<48 - 1}
)

const sig = "data=, /, *, digest_size=, key=, salt=, person=, fanout=, depth=, leaf_size=, node_offset=, node_depth=, inner_size=, last_node=, usedforsecurity="

// params are the parsed constructor arguments.
type params struct {
	digestSize, fanout, depth, nodeDepth, innerSize int64
	leafSize, nodeOffset                            uint64
	key, salt, person                               []byte
	lastNode                                        bool
}

// unsigned converts v as CPython's PyLong_AsUnsignedLong(Long) would,
// with overflow reported as tooBig.
func unsigned(v value, max uint64, tooBig string) (uint64, *exc) {
	iv, err := runtime.Index(v, "")
	if err != nil {
		return 0, err
	}
	if n, ok := runtime.IntOf(iv); ok {
		if n < 0 {
			return 0, runtime.NewValueError("value must be positive")
		}
		if uint64(n) > max {
			return 0, runtime.NewOverflowError("%s", tooBig)
		}
		return uint64(n), nil
	}
	b, _ := runtime.BigIntOf(iv)
	if b.Sign() < 0 {
		return 0, runtime.NewValueError("value must be positive")
	}
	if b.Cmp(new(big.Int).SetUint64(^uint64(0))) > 0 {
		return 0, runtime.NewOverflowError("int too big to convert")
	}
	if b.Uint64() > max {
		return 0, runtime.NewOverflowError("%s", tooBig)
	}
	return b.Uint64(), nil
}

// small converts v to an int in [lo, hi], raising ValueError msg outside.
func small(v value, lo, hi int64, msg string) (int64, *exc) {
	n, err := runtime.IndexInt64(v, "")
	if err != nil {
		if err.Matches(runtime.OverflowErrorType) {
			return 0, runtime.NewValueError("%s", msg)
		}
		return 0, err
	}
	if n < lo || n > hi {
		return 0, runtime.NewValueError("%s", msg)
	}
	return n, nil
}

func buffer(v value, max int, what string) ([]byte, *exc) {
	b, ok := runtime.BufferBytes(v)
	if !ok {
		return nil, runtime.NewTypeError("a bytes-like object is required, not '%s'", v.Type().Name)
	}
	if len(b) > max {
		return nil, runtime.NewValueError("maximum %s length is %d bytes", what, max)
	}
	return b, nil
}

func (vr *variant) parse(a []value) (*params, *exc) {
	p := &params{digestSize: int64(vr.maxDigest), fanout: 1, depth: 1}
	var err *exc
	if !a[1].IsNull() {
		msg := fmt.Sprintf("digest_size must be between 1 and %d bytes", vr.maxDigest)
		if p.digestSize, err = small(a[1], 1, int64(vr.maxDigest), msg); err != nil {
			return nil, err
		}
	}
	if !a[3].IsNull() {
		if p.salt, err = buffer(a[3], vr.saltSize, "salt"); err != nil {
			return nil, err
		}
	}
	if !a[4].IsNull() {
		if p.person, err = buffer(a[4], vr.personSize, "person"); err != nil {
			return nil, err
		}
	}
	if !a[5].IsNull() {
		if p.fanout, err = small(a[5], 0, 255, "fanout must be between 0 and 255"); err != nil {
			return nil, err
		}
	}
	if !a[6].IsNull() {
		if p.depth, err = small(a[6], 1, 255, "depth must be between 1 and 255"); err != nil {
			return nil, err
		}
	}
	if !a[7].IsNull() {
		if p.leafSize, err = unsigned(a[7], 1<<32-1, "leaf_size is too large"); err != nil {
			return nil, err
		}
	}
	if !a[8].IsNull() {
		if p.nodeOffset, err = unsigned(a[8], vr.maxNodeOffset, "node_offset is too large"); err != nil {
			return nil, err
		}
	}
	if !a[9].IsNull() {
		if p.nodeDepth, err = small(a[9], 0, 255, "node_depth must be between 0 and 255"); err != nil {
			return nil, err
		}
	}
	if !a[10].IsNull() {
		msg := fmt.Sprintf("inner_size must be between 0 and is %d", vr.maxDigest)
		if p.innerSize, err = small(a[10], 0, int64(vr.maxDigest), msg); err != nil {
			return nil, err
		}
	}
	if !a[2].IsNull() {
		if p.key, err = buffer(a[2], vr.maxKey, "key"); err != nil {
			return nil, err
		}
	}
	if !a[11].IsNull() {
		if p.lastNode, err = runtime.IsTrue(a[11]); err != nil {
			return nil, err
		}
	}
	return p, nil
}

// state builds the hash state from the parameter block.
func (vr *variant) state(p *params) hashbase.State {
	if vr == variantB {
		var pb [64]byte
		pb[0], pb[1], pb[2], pb[3] = byte(p.digestSize), byte(len(p.key)), byte(p.fanout), byte(p.depth)
		binary.LittleEndian.PutUint32(pb[4:], uint32(p.leafSize))
		binary.LittleEndian.PutUint64(pb[8:], p.nodeOffset)
		pb[16], pb[17] = byte(p.nodeDepth), byte(p.innerSize)
		copy(pb[32:], p.salt)
		copy(pb[48:], p.person)
		return hashbase.Fixed{Cloner: newB(&pb, p.key, p.lastNode)}
	}
	var pb [32]byte
	pb[0], pb[1], pb[2], pb[3] = byte(p.digestSize), byte(len(p.key)), byte(p.fanout), byte(p.depth)
	binary.LittleEndian.PutUint32(pb[4:], uint32(p.leafSize))
	var off [8]byte
	binary.LittleEndian.PutUint64(off[:], p.nodeOffset)
	copy(pb[8:14], off[:6])
	pb[14], pb[15] = byte(p.nodeDepth), byte(p.innerSize)
	copy(pb[16:], p.salt)
	copy(pb[24:], p.person)
	return hashbase.Fixed{Cloner: newS(&pb, p.key, p.lastNode)}
}

func (vr *variant) makeType() {
	m := &runtime.Method{Name: vr.name, Sig: sig}
	vr.typ = runtime.NewNativeType(&runtime.TypeSpec{Name: "_blake2." + vr.name,
		Methods: hashbase.Methods, GetSets: hashbase.GetSets},
		func(t *runtime.Type) {
			t.New = func(t *runtime.Type, args []value, kw []*runtime.Str) (value, *exc) {
				if err := hashbase.CheckPositional(vr.name, args, kw); err != nil {
					return runtime.None, err
				}
				a, err := runtime.BindArgs(m, args, kw, nil)
				if err != nil {
					return runtime.None, err
				}
				p, err := vr.parse(a)
				if err != nil {
					return runtime.None, err
				}
				return hashbase.New(t, vr.name, vr.state(p), a[0])
			}
		})
	for _, kv := range []struct {
		name string
		n    int
	}{{"SALT_SIZE", vr.saltSize}, {"PERSON_SIZE", vr.personSize}, {"MAX_KEY_SIZE", vr.maxKey}, {"MAX_DIGEST_SIZE", vr.maxDigest}} {
		vr.typ.Dict().SetStr(runtime.Intern(kv.name), runtime.Int(int64(kv.n)))
	}
}

// typesOnce creates the two types when the module is first imported, not
// in Go's package initialization, which runs in every Krait process.
var typesOnce sync.Once

func initTypes() {
	variantB.makeType()
	variantS.makeType()
}

// Module is the _blake2 module.
var Module = &runtime.ModuleDef{
	Name: "_blake2",
	Exec: func(m *runtime.Module) *runtime.Exception {
		typesOnce.Do(initTypes)
		for _, vr := range []*variant{variantB, variantS} {
			m.SetAttr(vr.name, vr.typ.Value())
			up := "BLAKE2B_"
			if vr == variantS {
				up = "BLAKE2S_"
			}
			m.SetAttr(up+"SALT_SIZE", runtime.Int(int64(vr.saltSize)))
			m.SetAttr(up+"PERSON_SIZE", runtime.Int(int64(vr.personSize)))
			m.SetAttr(up+"MAX_KEY_SIZE", runtime.Int(int64(vr.maxKey)))
			m.SetAttr(up+"MAX_DIGEST_SIZE", runtime.Int(int64(vr.maxDigest)))
		}
		return nil
	},
}
