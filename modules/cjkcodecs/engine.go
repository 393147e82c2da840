// This file defines the codec engine shared by every CJK codec: the
// per-codec step functions (table-driven, or HZ's stateful ones) and the
// loops that run them over a whole input, applying an error handler
// (strict, ignore, replace or one registered with codecs.register_error)
// with CPython's multibytecodec positions and reasons.
package cjkcodecs

import (
	"unicode/utf8"

	"krait/runtime"
)

type (
	value = runtime.Value
	exc   = runtime.Exception
)

const (
	reasonIllegal    = "illegal multibyte sequence"
	reasonIncomplete = "incomplete multibyte sequence"
)

// codecImpl is one codec's step functions. st is the codec's state
// (shift state for stateful encodings), kept by incremental coders.
type codecImpl interface {
	// decode decodes one unit at the start of in (len(in) > 0): n > 0
	// bytes consumed with their code points appended to out; or n == 0
	// and errLen > 0 for an illegal sequence, errLen == 0 when in ends
	// inside a sequence.
	decode(st *int, in []byte, out []rune) (o []rune, n, errLen int)
	// encode encodes in[0] (and in[1] when they form a pair): n > 0 code
	// points consumed; n == 0 and errLen > 0 for an unencodable code
	// point; n == 0 and errLen == 0 when the next code point is needed
	// and in ends before it (only when !final).
	encode(st *int, in []rune, final bool, out []byte) (o []byte, n, errLen int)
	// reset appends the bytes that return the encoder to its initial
	// state.
	reset(st *int, out []byte) []byte
	// initEnc and initDec are the initial encoder and decoder states.
	initEnc() int
	initDec() int
}

// codec is a named codecImpl: a MultibyteCodec's payload.
type codec struct {
	name string
	impl codecImpl
}

// decodeRun decodes in, returning the text (WTF-8) and how many bytes
// were consumed: all of them unless !final and in ends inside a sequence.
func (c *codec) decodeRun(st *int, in []byte, errors string, final bool) (string, int, *exc) {
	var out []byte
	var runes []rune
	i := 0
	for i < len(in) {
		var n, errLen int
		runes, n, errLen = c.impl.decode(st, in[i:], runes[:0])
		if n > 0 {
			for _, r := range runes {
				out = utf8.AppendRune(out, r)
			}
			i += n
			continue
		}
		reason := reasonIllegal
		if errLen == 0 {
			if !final {
				break
			}
			reason = reasonIncomplete
			errLen = len(in) - i
		}
		rep, next, err := c.decodeError(in, i, i+errLen, reason, errors)
		if err != nil {
			return "", 0, err
		}
		out = append(out, rep...)
		i = next
	}
	return string(out), i, nil
}

// decodeError applies errors to the illegal bytes in[start:end].
func (c *codec) decodeError(in []byte, start, end int, reason, errors string) (string, int, *exc) {
	switch errors {
	case "ignore":
		return "", end, nil
	case "replace":
		return "\ufffd", end, nil
	}
	ce := &runtime.CodecError{Kind: "UnicodeDecodeError", Encoding: c.name, Bytes: in, Start: start, End: end, Reason: reason}
	if errors == "strict" {
		return "", 0, runtime.CodecException(ce)
	}
	rep, pos, err := callHandler(errors, ce, len(in))
	if err != nil {
		return "", 0, err
	}
	s, _ := rep.TryStr()
	return s.S, pos, nil
}

// encodeRun encodes in (code points of the WTF-8 text src), returning
// the bytes and how many code points were consumed.
func (c *codec) encodeRun(st *int, src string, in []rune, errors string, final bool) ([]byte, int, *exc) {
	var out []byte
	i := 0
	for i < len(in) {
		var n, errLen int
		out, n, errLen = c.impl.encode(st, in[i:], final, out)
		if n > 0 {
			i += n
			continue
		}
		reason := reasonIllegal
		if errLen == 0 {
			if !final {
				break
			}
			reason, errLen = reasonIncomplete, len(in)-i
		}
		var err *exc
		out, i, err = c.encodeError(st, out, src, in, i, i+errLen, reason, errors)
		if err != nil {
			return nil, 0, err
		}
	}
	if final && i == len(in) {
		out = c.impl.reset(st, out)
	}
	return out, i, nil
}

// encodeError applies errors to the unencodable in[start:end].
func (c *codec) encodeError(st *int, out []byte, src string, in []rune, start, end int, reason, errors string) ([]byte, int, *exc) {
	switch errors {
	case "ignore":
		return out, end, nil
	case "replace":
		o, n, _ := c.impl.encode(st, []rune{'?'}, true, out)
		if n == 0 {
			return out, 0, c.encodeFail(src, start, end, reason)
		}
		return o, end, nil
	case "strict":
		return out, 0, c.encodeFail(src, start, end, reason)
	}
	ce := &runtime.CodecError{Kind: "UnicodeEncodeError", Encoding: c.name, Str: src, Start: start, End: end, Reason: reason}
	rep, pos, err := callHandler(errors, ce, len(in))
	if err != nil {
		return out, 0, err
	}
	if b, ok := rep.TryBytes(); ok {
		return append(out, b...), pos, nil
	}
	s, _ := rep.TryStr()
	rr := wtf8Runes(s.S)
	for j := 0; j < len(rr); {
		o, n, _ := c.impl.encode(st, rr[j:], true, out)
		if n == 0 {
			return out, 0, c.encodeFail(s.S, j, j+1, reasonIllegal)
		}
		out, j = o, j+n
	}
	return out, pos, nil
}

func (c *codec) encodeFail(src string, start, end int, reason string) *exc {
	return runtime.CodecException(&runtime.CodecError{Kind: "UnicodeEncodeError", Encoding: c.name, Str: src,
		Start: start, End: end, Reason: reason})
}

// callHandler calls the error handler named errors with the error ce and
// returns its replacement and where to resume, checked as CPython does.
func callHandler(errors string, ce *runtime.CodecError, n int) (value, int, *exc) {
	h, err := runtime.LookupErrorHandler(errors)
	if err != nil {
		return value{}, 0, err
	}
	r, err := runtime.Call(h, []value{runtime.CodecException(ce).Value()}, nil)
	if err != nil {
		return value{}, 0, err
	}
	msg := "decoding error handler must return (str, int) tuple"
	if ce.Kind == "UnicodeEncodeError" {
		msg = "encoding error handler must return (str, int) tuple"
	}
	t, ok := r.TryTuple()
	if !ok || t.Len() != 2 {
		return value{}, 0, runtime.NewTypeError("%s", msg)
	}
	rep, posV := t.Items()[0], t.Items()[1]
	_, isStr := rep.TryStr()
	_, isBytes := rep.TryBytes()
	if !(isStr || isBytes && ce.Kind == "UnicodeEncodeError") {
		return value{}, 0, runtime.NewTypeError("%s", msg)
	}
	pos, isInt := runtime.IntOf(posV)
	if !isInt {
		if runtime.IsInstance(posV, runtime.IntType) {
			return value{}, 0, runtime.NewIndexError("position %s from error handler out of bounds", "")
		}
		return value{}, 0, runtime.NewTypeError("%s", msg)
	}
	if pos < 0 {
		pos += int64(n)
	}
	if pos < 0 || pos > int64(n) {
		return value{}, 0, runtime.NewIndexError("position %d from error handler out of bounds", pos)
	}
	return rep, int(pos), nil
}

// wtf8Runes returns the code points of WTF-8 text, lone surrogates
// included.
func wtf8Runes(s string) []rune {
	out := make([]rune, 0, len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c == 0xed && i+2 < len(s) && s[i+1] >= 0xa0 {
			out = append(out, rune(c&0x0f)<<12|rune(s[i+1]&0x3f)<<6|rune(s[i+2]&0x3f))
			i += 3
			continue
		}
		r, n := utf8.DecodeRuneInString(s[i:])
		out = append(out, r)
		i += n
	}
	return out
}

// runesWTF8 is the inverse of wtf8Runes.
func runesWTF8(rs []rune) string {
	out := make([]byte, 0, len(rs))
	for _, r := range rs {
		if r >= 0xd800 && r < 0xe000 {
			out = append(out, 0xed, byte(0x80|(r>>6)&0x3f), byte(0x80|r&0x3f))
			continue
		}
		out = utf8.AppendRune(out, r)
	}
	return string(out)
}

// tableCodec is a stateless codec defined entirely by its table.
type tableCodec struct {
	name string
	t    *table
	once bool
}

func (c *tableCodec) tab() *table {
	if c.t == nil {
		c.t = loadTable(c.name)
	}
	return c.t
}

func (c *tableCodec) decode(_ *int, in []byte, out []rune) ([]rune, int, int) {
	t := c.tab()
	for l := 1; l <= 4; l++ {
		if l > len(in) {
			return out, 0, 0
		}
		v, ok := t.dec.lookup(seqKey(in[:l]))
		switch {
		case !ok:
			return out, 0, 1
		case v == valIncomplete:
			continue
		case v < 0:
			return out, 0, int(-v)
		case v >= valPair:
			p := t.pairs[v-valPair]
			return append(out, p[0], p[1]), l, 0
		default:
			return append(out, rune(v)), l, 0
		}
	}
	// Only EUC-KR's eight-byte KS X 1001:1998 make-up sequences are
	// longer: a filler, then initial, medial and final jamo.
	if len(in) < 8 {
		return out, 0, 0
	}
	if in[2] != 0xa4 || in[4] != 0xa4 || in[6] != 0xa4 {
		return out, 0, 1
	}
	cho, jung, jong := t.cho[in[3]], t.jung[in[5]], t.jong[in[7]]
	if in[7] == 0xd4 {
		jong = 0
	}
	if cho < 0 || jung < 0 || jong < 0 {
		return out, 0, 1
	}
	return append(out, 0xac00+rune(cho)*588+rune(jung)*28+rune(jong)), 8, 0
}

func (c *tableCodec) encode(_ *int, in []rune, final bool, out []byte) ([]byte, int, int) {
	t := c.tab()
	r := in[0]
	if t.pairHead[r] {
		if len(in) == 1 && !final {
			return out, 0, 0
		}
		if len(in) > 1 {
			if k, ok := t.encPairs[[2]rune{r, in[1]}]; ok {
				return keyBytes(out, k), 2, 0
			}
		}
	}
	k, ok := t.enc.lookup(uint64(r))
	if !ok || r >= 0xd800 && r < 0xe000 {
		if b, found := t.long[r]; found {
			return append(out, b...), 1, 0
		}
		return out, 0, 1
	}
	return keyBytes(out, uint64(k)), 1, 0
}

func (c *tableCodec) reset(_ *int, out []byte) []byte { return out }

func (c *tableCodec) initEnc() int { return 0 }

func (c *tableCodec) initDec() int { return 0 }
