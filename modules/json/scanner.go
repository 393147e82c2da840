// This file defines _json.Scanner (make_scanner): scan_once(string, idx)
// decodes the JSON value at idx, returning (value, end), or raises
// StopIteration(idx) when no value starts there.

package json

import (
	"krait/internal/strtod"
	"strconv"
	"unsafe"

	"krait/runtime"
)

// scannerObject holds the decoding options read from the JSONDecoder
// context when the scanner is made.
type scannerObject struct {
	runtime.Header
	strict         bool
	objectHook     runtime.Value
	pairsHook      runtime.Value
	parseFloat     runtime.Value
	parseInt       runtime.Value
	parseConstant  runtime.Value
	floatIsBuiltin bool
	intIsBuiltin   bool
}

// ScannerType is _json.Scanner, exported by the module as make_scanner.
var ScannerType *runtime.Type

var (
	scannerNewMethod  = runtime.Method{Name: "make_scanner", Sig: "context"}
	scannerCallMethod = runtime.Method{Name: "scan_once", Sig: "string, idx"}
)

func initScannerType() {
	ScannerType = runtime.NewNativeType(&runtime.TypeSpec{
		Name: "_json.Scanner",
		Doc:  "JSON scanner object",
		GetSets: []runtime.GetSetDef{
			{Name: "strict", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) {
				return runtime.Bool(scannerOf(v).strict), nil
			}},
			{Name: "object_hook", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) { return scannerOf(v).objectHook, nil }},
			{Name: "object_pairs_hook", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) { return scannerOf(v).pairsHook, nil }},
			{Name: "parse_float", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) { return scannerOf(v).parseFloat, nil }},
			{Name: "parse_int", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) { return scannerOf(v).parseInt, nil }},
			{Name: "parse_constant", Get: func(v runtime.Value) (runtime.Value, *runtime.Exception) { return scannerOf(v).parseConstant, nil }},
		},
	}, func(t *runtime.Type) {
		t.New = scanner_new
		t.Call = scanner_call
	})
}

func scannerOf(v runtime.Value) *scannerObject { return runtime.PtrOf[scannerObject](v) }

func scanner_new(t *runtime.Type, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	a, err := scannerNewMethod.BindClinic(args, kwnames, "make_scanner")
	if err != nil {
		return runtime.Value{}, err
	}
	ctx := a[0]
	s := &scannerObject{Header: runtime.HeaderFor(t)}
	get := func(name string) (runtime.Value, *runtime.Exception) { return runtime.GetAttrString(ctx, name) }
	strict, err := get("strict")
	if err != nil {
		return runtime.Value{}, err
	}
	if s.strict, err = runtime.IsTrue(strict); err != nil {
		return runtime.Value{}, err
	}
	for _, f := range []struct {
		name string
		dst  *runtime.Value
	}{{"object_hook", &s.objectHook}, {"object_pairs_hook", &s.pairsHook}, {"parse_float", &s.parseFloat},
		{"parse_int", &s.parseInt}, {"parse_constant", &s.parseConstant}} {
		if *f.dst, err = get(f.name); err != nil {
			return runtime.Value{}, err
		}
	}
	s.floatIsBuiltin = s.parseFloat.Is(runtime.FloatType.Value())
	s.intIsBuiltin = s.parseInt.Is(runtime.IntType.Value())
	return runtime.ValueOf(s), nil
}

// char is the element type of a document's code points: bytes for an
// ASCII document (a quarter of the memory, no decoding), runes otherwise.
type char interface{ byte | rune }

// scan is one scan_once call's state: the document and its code points,
// and the memo that makes equal object keys one str object.
type scan[E char] struct {
	s    *scannerObject
	doc  runtime.Value
	text []E
	memo map[string]runtime.Value
	// keys and vals are stacks of the pairs and items of the objects and
	// arrays being decoded (each takes the part above its start): one
	// pair of arrays per document instead of growing slices per object.
	keys, vals []runtime.Value
}

func scanner_call(callable runtime.Value, args []runtime.Value, kwnames []*runtime.Str) (runtime.Value, *runtime.Exception) {
	a, err := scannerCallMethod.BindClinic(args, kwnames, "scan_once")
	if err != nil {
		return runtime.Value{}, err
	}
	str, ok := a[0].TryStr()
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("first argument must be a string, not %s", a[0].Type().Name)
	}
	idx, err := runtime.IndexInt64(a[1], "")
	if err != nil {
		return runtime.Value{}, err
	}
	if idx < 0 {
		return runtime.Value{}, runtime.NewValueError("idx cannot be negative")
	}
	var v runtime.Value
	var next int
	if str.IsASCII() {
		sc := &scan[byte]{s: scannerOf(callable), doc: a[0], text: strBytes(str.S)}
		v, next, err = sc.scanOnce(int(idx))
	} else {
		sc := &scan[rune]{s: scannerOf(callable), doc: a[0], text: runtime.CodePoints(str.S)}
		v, next, err = sc.scanOnce(int(idx))
	}
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.TupleValue(v, runtime.Int(int64(next))), nil
}

// strBytes returns the bytes of s without copying them: the scanner only
// reads its text.
func strBytes(s string) []byte {
	if s == "" {
		return nil
	}
	return unsafe.Slice(unsafe.StringData(s), len(s))
}

func isWhitespace[E char](c E) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }

func (sc *scan[E]) skipWhitespace(idx int) int {
	for idx < len(sc.text) && isWhitespace(sc.text[idx]) {
		idx++
	}
	return idx
}

// hasWord reports whether text[idx:] starts with w.
func (sc *scan[E]) hasWord(idx int, w string) bool {
	if idx+len(w) > len(sc.text) {
		return false
	}
	for i := 0; i < len(w); i++ {
		if rune(sc.text[idx+i]) != rune(w[i]) {
			return false
		}
	}
	return true
}

// scanOnce decodes the value at idx.
func (sc *scan[E]) scanOnce(idx int) (runtime.Value, int, *runtime.Exception) {
	if idx >= len(sc.text) {
		return runtime.Value{}, 0, stopIteration(idx)
	}
	switch sc.text[idx] {
	case '"':
		return scanString(sc.doc, sc.text, idx+1, sc.s.strict)
	case '{':
		if err := runtime.EnterRecursiveCall(" while decoding a JSON object from a unicode string"); err != nil {
			return runtime.Value{}, 0, err
		}
		v, next, err := sc.parseObject(idx + 1)
		runtime.LeaveRecursiveCall()
		return v, next, err
	case '[':
		if err := runtime.EnterRecursiveCall(" while decoding a JSON array from a unicode string"); err != nil {
			return runtime.Value{}, 0, err
		}
		v, next, err := sc.parseArray(idx + 1)
		runtime.LeaveRecursiveCall()
		return v, next, err
	case 'n':
		if sc.hasWord(idx, "null") {
			return runtime.None, idx + 4, nil
		}
	case 't':
		if sc.hasWord(idx, "true") {
			return runtime.True, idx + 4, nil
		}
	case 'f':
		if sc.hasWord(idx, "false") {
			return runtime.False, idx + 5, nil
		}
	case 'N':
		if sc.hasWord(idx, "NaN") {
			return sc.constant("NaN", idx)
		}
	case 'I':
		if sc.hasWord(idx, "Infinity") {
			return sc.constant("Infinity", idx)
		}
	case '-':
		if sc.hasWord(idx, "-Infinity") {
			return sc.constant("-Infinity", idx)
		}
	}
	return sc.matchNumber(idx)
}

func (sc *scan[E]) constant(name string, idx int) (runtime.Value, int, *runtime.Exception) {
	v, err := runtime.Call(sc.s.parseConstant, []runtime.Value{runtime.StrValue(name)}, nil)
	if err != nil {
		return runtime.Value{}, 0, err
	}
	return v, idx + len(name), nil
}

// memoKey returns the one str object for the key k in this document.
func (sc *scan[E]) memoKey(k runtime.Value) runtime.Value {
	s := k.AsStr().S
	if m, ok := sc.memo[s]; ok {
		return m
	}
	if sc.memo == nil {
		sc.memo = make(map[string]runtime.Value)
	}
	sc.memo[s] = k
	return k
}

// parseObject decodes an object whose '{' is just before idx.
func (sc *scan[E]) parseObject(idx int) (runtime.Value, int, *runtime.Exception) {
	text := sc.text
	pairs := !sc.s.pairsHook.IsNone()
	// The pairs are collected first so that the dict is made at its size.
	kbase, vbase := len(sc.keys), len(sc.vals)
	defer sc.popPairs(kbase, vbase)
	idx = sc.skipWhitespace(idx)
	if idx >= len(text) || text[idx] != '}' {
		for {
			if idx >= len(text) || text[idx] != '"' {
				return runtime.Value{}, 0, decodeError("Expecting property name enclosed in double quotes", sc.doc, idx)
			}
			key, next, hit := sc.memoHit(idx + 1) // oo18_memokey.go
			if !hit {
				var err *runtime.Exception
				if key, next, err = scanString(sc.doc, text, idx+1, sc.s.strict); err != nil {
					return runtime.Value{}, 0, err
				}
				key = sc.memoKey(key)
			}
			idx = sc.skipWhitespace(next)
			if idx >= len(text) || text[idx] != ':' {
				return runtime.Value{}, 0, decodeError("Expecting ':' delimiter", sc.doc, idx)
			}
			idx = sc.skipWhitespace(idx + 1)
			val, next, err := sc.scanOnce(idx)
			if err != nil {
				return runtime.Value{}, 0, err
			}
			sc.keys, sc.vals = append(sc.keys, key), append(sc.vals, val)
			idx = sc.skipWhitespace(next)
			if idx < len(text) && text[idx] == '}' {
				break
			}
			if idx >= len(text) || text[idx] != ',' {
				return runtime.Value{}, 0, decodeError("Expecting ',' delimiter", sc.doc, idx)
			}
			idx = sc.skipWhitespace(idx + 1)
		}
	}
	next := idx + 1
	keys, vals := sc.keys[kbase:], sc.vals[vbase:]
	if pairs {
		items := make([]runtime.Value, len(keys))
		for i := range keys {
			items[i] = runtime.TupleValue(keys[i], vals[i])
		}
		v, err := runtime.Call(sc.s.pairsHook, []runtime.Value{runtime.NewList(items)}, nil)
		return v, next, err
	}
	d, err := runtime.NewDictFromItems(keys, vals)
	if err != nil {
		return runtime.Value{}, 0, err
	}
	if !sc.s.objectHook.IsNone() {
		v, err := runtime.Call(sc.s.objectHook, []runtime.Value{d.Value()}, nil)
		return v, next, err
	}
	return d.Value(), next, nil
}

// parseArray decodes an array whose '[' is just before idx.
func (sc *scan[E]) parseArray(idx int) (runtime.Value, int, *runtime.Exception) {
	text := sc.text
	base := len(sc.vals)
	defer sc.popItems(base)
	idx = sc.skipWhitespace(idx)
	if idx >= len(text) || text[idx] != ']' {
		for {
			val, next, err := sc.scanOnce(idx)
			if err != nil {
				return runtime.Value{}, 0, err
			}
			sc.vals = append(sc.vals, val)
			idx = sc.skipWhitespace(next)
			if idx < len(text) && text[idx] == ']' {
				break
			}
			if idx >= len(text) || text[idx] != ',' {
				return runtime.Value{}, 0, decodeError("Expecting ',' delimiter", sc.doc, idx)
			}
			idx = sc.skipWhitespace(idx + 1)
		}
	}
	var items []runtime.Value
	if n := len(sc.vals) - base; n > 0 {
		items = append(make([]runtime.Value, 0, n), sc.vals[base:]...)
	}
	return runtime.NewList(items), idx + 1, nil
}

// popPairs drops the pairs above kbase and vbase from the stacks
// (clearing them for the collector).
func (sc *scan[E]) popPairs(kbase, vbase int) {
	clear(sc.keys[kbase:])
	sc.keys = sc.keys[:kbase]
	sc.popItems(vbase)
}

// popItems drops the items above base from the value stack.
func (sc *scan[E]) popItems(base int) {
	clear(sc.vals[base:])
	sc.vals = sc.vals[:base]
}

func isDigit[E char](c E) bool { return c >= '0' && c <= '9' }

// matchNumber decodes the number at start (JSON's grammar: -?(0|[1-9]\d*)
// (\.\d+)?([eE][-+]?\d+)?), or raises StopIteration(start).
func (sc *scan[E]) matchNumber(start int) (runtime.Value, int, *runtime.Exception) {
	text := sc.text
	end := len(text) - 1
	idx := start
	if text[idx] == '-' {
		idx++
		if idx > end {
			return runtime.Value{}, 0, stopIteration(start)
		}
	}
	switch c := text[idx]; {
	case c >= '1' && c <= '9':
		idx++
		for idx <= end && isDigit(text[idx]) {
			idx++
		}
	case c == '0':
		idx++
	default:
		return runtime.Value{}, 0, stopIteration(start)
	}
	isFloat := false
	if idx < end && text[idx] == '.' && isDigit(text[idx+1]) {
		isFloat = true
		idx += 2
		for idx <= end && isDigit(text[idx]) {
			idx++
		}
	}
	if idx < end && (text[idx] == 'e' || text[idx] == 'E') {
		eStart := idx
		idx++
		if idx < end && (text[idx] == '-' || text[idx] == '+') {
			idx++
		}
		for idx <= end && isDigit(text[idx]) {
			idx++
		}
		if isDigit(text[idx-1]) {
			isFloat = true
		} else {
			idx = eStart
		}
	}
	digits := make([]byte, idx-start) // the grammar matched only ASCII
	for i := range digits {
		digits[i] = byte(text[start+i])
	}
	num := string(digits)
	v, err := sc.number(num, isFloat)
	return v, idx, err
}

// number converts the matched literal through parse_float/parse_int, or
// directly when those are float and int.
func (sc *scan[E]) number(num string, isFloat bool) (runtime.Value, *runtime.Exception) {
	switch {
	case isFloat && !sc.s.floatIsBuiltin:
		return runtime.Call(sc.s.parseFloat, []runtime.Value{runtime.StrValue(num)}, nil)
	case !isFloat && !sc.s.intIsBuiltin:
		return runtime.Call(sc.s.parseInt, []runtime.Value{runtime.StrValue(num)}, nil)
	case isFloat:
		f, _ := strtod.ParseFloat(num) // the grammar matched; ErrRange gives ±Inf or 0 as CPython
		return runtime.Float(f), nil
	}
	if len(num) <= 18 {
		i, _ := strconv.ParseInt(num, 10, 64)
		return runtime.Int(i), nil
	}
	return runtime.Call(runtime.IntType.Value(), []runtime.Value{runtime.StrValue(num)}, nil)
}
