// This file defines filter specifications: their conversion from and to
// the Python dicts of the lzma module, presets, validation, and the
// encoded properties stored in .xz block headers.
package lzma

import (
	"encoding/binary"
	"fmt"
	"math/big"

	"krait/runtime"
)

// filterSpec is one filter of a chain.
type filterSpec struct {
	id uint64
	// LZMA1 and LZMA2
	dictSize          uint32
	lc, lp, pb        uint
	mode, niceLen, mf uint32
	depth             uint32
	// delta
	dist int
	// BCJ
	startOffset uint32
}

// Modes and match finders.
const (
	modeFast   = 1
	modeNormal = 2
	mfHC3      = 0x03
	mfHC4      = 0x04
	mfBT2      = 0x12
	mfBT3      = 0x13
	mfBT4      = 0x14

	presetDefault = 6
	presetExtreme = 0x80000000
	presetLevel   = 0x1F
)

// presetSpec fills the LZMA options of a preset as liblzma's presets do;
// ok is false for an invalid preset.
func presetSpec(f *filterSpec, preset uint32) bool {
	level := preset & presetLevel
	if level > 9 || preset&^(presetLevel|presetExtreme) != 0 {
		return false
	}
	f.dictSize = 1 << [10]uint{18, 20, 21, 22, 22, 23, 23, 24, 25, 26}[level]
	f.lc, f.lp, f.pb = 3, 0, 2
	if level <= 3 {
		f.mode = modeFast
		f.mf = mfHC4
		if level == 0 {
			f.mf = mfHC3
		}
		f.niceLen = 273
		if level <= 1 {
			f.niceLen = 128
		}
		f.depth = [4]uint32{4, 8, 24, 48}[level]
	} else {
		f.mode, f.mf, f.depth = modeNormal, mfBT4, 0
		f.niceLen = map[uint32]uint32{4: 16, 5: 32}[level]
		if f.niceLen == 0 {
			f.niceLen = 64
		}
	}
	if preset&presetExtreme != 0 {
		f.mode, f.mf = modeNormal, mfBT4
		if level == 3 || level == 5 {
			f.niceLen, f.depth = 192, 0
		} else {
			f.niceLen, f.depth = 273, 512
		}
	}
	return true
}

// valid reports whether an LZMA filter's options are acceptable to the
// encoder (liblzma's checks).
func (f *filterSpec) valid() bool {
	switch f.id {
	case filterLZMA1, filterLZMA2:
		return f.dictSize >= 4096 && f.lc <= 4 && f.lp <= 4 && f.lc+f.lp <= 4 && f.pb <= 4 &&
			(f.mode == modeFast || f.mode == modeNormal) && f.niceLen >= 2 && f.niceLen <= matchMaxLen &&
			(f.mf == mfHC3 || f.mf == mfHC4 || f.mf == mfBT2 || f.mf == mfBT3 || f.mf == mfBT4)
	case filterDelta:
		return f.dist >= 1 && f.dist <= 256
	}
	return true
}

// chainDepth is the match finder search depth the encoder uses.
func (f *filterSpec) chainDepth() int {
	if f.depth != 0 {
		return int(min(f.depth, 1024))
	}
	if f.mf == mfHC3 || f.mf == mfHC4 {
		return 4 + int(f.niceLen)/4
	}
	return 16 + int(f.niceLen)/2
}

func lzmaError(msg string) *runtime.Exception {
	return runtime.NewExceptionMsg(errorType(), msg)
}

// Messages of liblzma's return codes, as the lzma module reports them.
const (
	msgFormat   = "Input format not supported by decoder"
	msgOptions  = "Invalid or unsupported options"
	msgData     = "Corrupt input data"
	msgInternal = "Internal error"
	msgCheck    = "Unsupported integrity check"
)

var lzmaKeys = map[string]bool{"id": true, "preset": true, "dict_size": true, "lc": true, "lp": true, "pb": true,
	"mode": true, "nice_len": true, "mf": true, "depth": true}

// specItems returns the items of a filter specifier, which must be a
// dict (CPython parses the options as keyword arguments); idv is its "id".
func specItems(spec runtime.Value) (d *runtime.Dict, idv runtime.Value, err *runtime.Exception) {
	d, isDict := spec.TryDict()
	if !isDict {
		if _, err := runtime.GetAttrString(spec, "__getitem__"); err != nil {
			return nil, idv, runtime.NewTypeError("Filter specifier must be a dict or dict-like object")
		}
	}
	idv, err = runtime.GetItem(spec, runtime.StrValue("id"))
	if err != nil {
		if err.Type() == runtime.KeyErrorType {
			return nil, idv, runtime.NewValueError(`Filter specifier must have an "id" entry`)
		}
		return nil, idv, err
	}
	return d, idv, nil
}

// uintValue converts an option to an unsigned integer.
func uintValue(v runtime.Value, max uint64) (uint64, bool) {
	if !runtime.IsInstance(v, runtime.IntType) {
		return 0, false
	}
	n, ok := runtime.IntOf(v)
	if !ok {
		b, big := runtime.BigIntOf(v)
		if !big || b.Sign() < 0 || !b.IsUint64() {
			return 0, false
		}
		return b.Uint64(), b.Uint64() <= max
	}
	return uint64(n), n >= 0 && uint64(n) <= max
}

// parseFilterSpec converts one filter specifier dict.
func parseFilterSpec(spec runtime.Value) (*filterSpec, *runtime.Exception) {
	d, idv, err := specItems(spec)
	if err != nil {
		return nil, err
	}
	id, ok := uintValue(idv, 1<<64-1)
	if !ok {
		if runtime.IsInstance(idv, runtime.IntType) {
			return nil, runtime.NewOverflowError("int too big to convert")
		}
		return nil, runtime.NewTypeError("an integer is required")
	}
	f := &filterSpec{id: id}
	var kind string
	switch id {
	case filterLZMA1, filterLZMA2:
		kind = "LZMA"
	case filterDelta:
		kind, f.dist = "delta", 1
	case filterX86, filterPowerPC, filterIA64, filterARM, filterARMThumb, filterSPARC:
		kind = "BCJ"
	default:
		return nil, runtime.NewValueError("Invalid filter ID: %d", id)
	}
	bad := runtime.NewValueError("Invalid filter specifier for %s filter", kind)
	if d == nil {
		return nil, bad
	}
	preset := uint64(presetDefault)
	opts := map[string]uint64{}
	pos := 0
	for {
		k, v, more := d.Next(&pos)
		if !more {
			break
		}
		ks, isStr := k.TryStr()
		if !isStr {
			return nil, bad
		}
		switch {
		case ks.S == "id":
			continue
		case kind == "LZMA" && lzmaKeys[ks.S], kind == "delta" && ks.S == "dist", kind == "BCJ" && ks.S == "start_offset":
		default:
			return nil, bad
		}
		n, ok := uintValue(v, 1<<32-1)
		if !ok {
			return nil, bad
		}
		if ks.S == "preset" {
			preset = n
		} else {
			opts[ks.S] = n
		}
	}
	switch kind {
	case "LZMA":
		if !presetSpec(f, uint32(preset)) {
			return nil, lzmaError(fmt.Sprintf("Invalid compression preset: %d", preset))
		}
		for k, n := range opts {
			switch k {
			case "dict_size":
				f.dictSize = uint32(n)
			case "lc":
				f.lc = uint(n)
			case "lp":
				f.lp = uint(n)
			case "pb":
				f.pb = uint(n)
			case "mode":
				f.mode = uint32(n)
			case "nice_len":
				f.niceLen = uint32(n)
			case "mf":
				f.mf = uint32(n)
			case "depth":
				f.depth = uint32(n)
			}
		}
	case "delta":
		if n, ok := opts["dist"]; ok {
			f.dist = int(n)
		}
	case "BCJ":
		f.startOffset = uint32(opts["start_offset"])
	}
	return f, nil
}

// parseFilterChain converts the filters argument (a sequence of specs).
func parseFilterChain(v runtime.Value) ([]*filterSpec, *runtime.Exception) {
	if _, isDict := v.TryDict(); isDict {
		return nil, runtime.NewTypeError("%s is not a sequence", v.Type().Name)
	}
	seq := v
	n, err := runtime.Len(seq)
	if err != nil {
		return nil, err
	}
	if n > 4 {
		return nil, runtime.NewValueError("Too many filters - liblzma supports a maximum of 4")
	}
	var chain []*filterSpec
	for i := 0; i < n; i++ {
		item, err := runtime.GetItem(seq, runtime.Int(int64(i)))
		if err != nil {
			return nil, err
		}
		f, err := parseFilterSpec(item)
		if err != nil {
			return nil, err
		}
		chain = append(chain, f)
	}
	return chain, nil
}

// lzma2DictByte encodes a dictionary size as LZMA2's property byte (the
// smallest size of the form 2**n or 3*2**(n-1) not below it).
func lzma2DictByte(size uint32) byte {
	for b := byte(0); b < 40; b++ {
		if lzma2DictSize(b) >= size {
			return b
		}
	}
	return 40
}

func lzma2DictSize(b byte) uint32 {
	if b >= 40 {
		return 0xFFFFFFFF
	}
	return (2 | uint32(b)&1) << (b/2 + 11)
}

// encodeProps returns a filter's properties as stored in a block header.
func (f *filterSpec) encodeProps() ([]byte, bool) {
	switch f.id {
	case filterLZMA2:
		return []byte{lzma2DictByte(f.dictSize)}, true
	case filterLZMA1:
		if f.lc > 8 || f.lp > 4 || f.pb > 4 {
			return nil, false
		}
		return binary.LittleEndian.AppendUint32([]byte{props{f.lc, f.lp, f.pb}.byte()}, f.dictSize), true
	case filterDelta:
		if f.dist < 1 || f.dist > 256 {
			return nil, false
		}
		return []byte{byte(f.dist - 1)}, true
	}
	if f.startOffset == 0 {
		return []byte{}, true
	}
	return binary.LittleEndian.AppendUint32(nil, f.startOffset), true
}

// decodeProps reads a filter's properties; ok is false when invalid.
func decodeProps(id uint64, p []byte) (*filterSpec, bool) {
	f := &filterSpec{id: id}
	switch id {
	case filterLZMA2:
		if len(p) != 1 || p[0] > 40 {
			return nil, false
		}
		f.dictSize = lzma2DictSize(p[0])
	case filterLZMA1:
		if len(p) != 5 {
			return nil, false
		}
		pr, ok := decodePropsByte(p[0])
		if !ok || pr.lc+pr.lp > 4 {
			return nil, false
		}
		f.lc, f.lp, f.pb = pr.lc, pr.lp, pr.pb
		f.dictSize = binary.LittleEndian.Uint32(p[1:])
	case filterDelta:
		if len(p) != 1 {
			return nil, false
		}
		f.dist = int(p[0]) + 1
	case filterX86, filterPowerPC, filterIA64, filterARM, filterARMThumb, filterSPARC:
		switch len(p) {
		case 0:
		case 4:
			f.startOffset = binary.LittleEndian.Uint32(p)
		default:
			return nil, false
		}
	default:
		return nil, false
	}
	return f, true
}

// toDict builds the Python dict _decode_filter_properties returns.
func (f *filterSpec) toDict() runtime.Value {
	d := runtime.NewDict()
	set := func(k string, v uint64) { d.SetStr(runtime.Intern(k), intValue(v)) }
	set("id", f.id)
	switch f.id {
	case filterLZMA1:
		set("lc", uint64(f.lc))
		set("lp", uint64(f.lp))
		set("pb", uint64(f.pb))
		set("dict_size", uint64(f.dictSize))
	case filterLZMA2:
		set("dict_size", uint64(f.dictSize))
	case filterDelta:
		set("dist", uint64(f.dist))
	default:
		if f.startOffset != 0 {
			set("start_offset", uint64(f.startOffset))
		}
	}
	return d.Value()
}

// intValue makes a Python int of an unsigned 64-bit value.
func intValue(v uint64) runtime.Value {
	if v <= 1<<63-1 {
		return runtime.Int(int64(v))
	}
	return runtime.NewIntBig(new(big.Int).SetUint64(v))
}
