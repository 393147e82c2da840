// This file defines TextIOWrapper's tell() and seek() with CPython's
// opaque cookies (a start position, the decoder flags, the bytes to feed
// and the characters to skip after it, packed as textio.c packs its
// cookie struct), and reconfigure().

package pyio

import (
	"math/big"

	rt "krait/runtime"
)

// cookie is the decoded form of a tell() cookie.
type cookie struct {
	startPos    int64
	decFlags    int32
	bytesToFeed int32
	charsToSkip int32
	needEOF     bool
}

// value packs the cookie as CPython does: little-endian fields of 8, 4,
// 4, 4 and 1 bytes read as one unsigned integer.
func (c *cookie) value() rt.Value {
	if c.decFlags == 0 && c.bytesToFeed == 0 && c.charsToSkip == 0 && !c.needEOF && c.startPos >= 0 {
		return rt.Int(c.startPos)
	}
	var buf [21]byte
	put := func(off int, v uint64, n int) {
		for i := 0; i < n; i++ {
			buf[off+i] = byte(v >> (8 * i))
		}
	}
	put(0, uint64(c.startPos), 8)
	put(8, uint64(uint32(c.decFlags)), 4)
	put(12, uint64(uint32(c.bytesToFeed)), 4)
	put(16, uint64(uint32(c.charsToSkip)), 4)
	if c.needEOF {
		buf[20] = 1
	}
	be := make([]byte, 21)
	for i := range buf {
		be[20-i] = buf[i]
	}
	return rt.NewIntBig(new(big.Int).SetBytes(be))
}

// parseCookie unpacks a cookie int.
func parseCookie(v rt.Value) (cookie, *rt.Exception) {
	n, ok := rt.IOBigInt(v)
	if !ok {
		// PyNumber_Long: int(1.5) is a cookie too.
		iv, err := rt.Call(rt.IntType.Value(), []rt.Value{v}, nil)
		if err != nil {
			return cookie{}, err
		}
		n, _ = rt.IOBigInt(iv)
	}
	if n.Sign() < 0 || n.BitLen() > 21*8 {
		return cookie{}, rt.NewOverflowError("int too big to convert")
	}
	be := n.Bytes()
	var buf [21]byte
	for i := range be {
		buf[i] = be[len(be)-1-i]
	}
	get := func(off, n int) uint64 {
		var v uint64
		for i := 0; i < n; i++ {
			v |= uint64(buf[off+i]) << (8 * i)
		}
		return v
	}
	return cookie{startPos: int64(get(0, 8)), decFlags: int32(get(8, 4)), bytesToFeed: int32(get(12, 4)),
		charsToSkip: int32(get(16, 4)), needEOF: buf[20] != 0}, nil
}

// decoderSetstate puts the decoder in the state a cookie names.
func (t *textIO) decoderSetstate(c *cookie) *rt.Exception {
	if c.startPos == 0 && c.decFlags == 0 {
		return t.decoder.reset()
	}
	return t.decoder.setstate(nil, int64(c.decFlags))
}

// encoderReset is _textiowrapper_encoder_reset.
func (t *textIO) encoderReset(startOfStream bool) *rt.Exception {
	if startOfStream {
		t.startOfStrm = true
		return t.encoder.reset()
	}
	t.startOfStrm = false
	return t.encoder.setstate(0)
}

// decodeCount decodes input and returns the number of characters.
func (t *textIO) decodeCount(input []byte, final bool) (int, *rt.Exception) {
	s, err := t.decoder.decode(input, final)
	if err != nil {
		return 0, err
	}
	return rt.StrLen(s), nil
}

func textio_tell(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	t := textSelf(self)
	if err := t.checkReady(self); err != nil {
		return rt.Value{}, err
	}
	if !t.seekable {
		return rt.Value{}, unsupported("underlying stream is not seekable")
	}
	if !t.telling {
		return rt.Value{}, rt.NewExceptionMsg(rt.OSErrorType, "telling position disabled by next() call")
	}
	if err := t.writeflush(); err != nil {
		return rt.Value{}, err
	}
	if _, err := rt.IOCallMethod(self, "flush"); err != nil {
		return rt.Value{}, err
	}
	posobj, err := rt.IOCallMethod(t.buffer, "tell")
	if err != nil {
		return rt.Value{}, err
	}
	if t.decoder == nil || !t.snapshot {
		return posobj, nil
	}
	pos, err := rt.IndexInt(posobj, "")
	if err != nil {
		return rt.Value{}, err
	}
	c := cookie{startPos: pos - int64(len(t.snapInput)), decFlags: int32(t.snapFlags)}
	if t.decodedUsed == 0 {
		return c.value(), nil
	}
	charsToSkip := t.decodedUsed
	savedBuf, savedFlags, err := t.decoder.getstate()
	if err != nil {
		return rt.Value{}, err
	}
	r, err := t.reconstruct(&c, charsToSkip)
	if rerr := t.decoder.setstate(savedBuf, savedFlags); err == nil && rerr != nil {
		err = rerr
	}
	if err != nil {
		return rt.Value{}, err
	}
	return r, nil
}

// reconstruct finds the cookie of the position charsToSkip characters
// after the snapshot, as textiowrapper_tell does: a fast search for a safe
// start point, then byte-by-byte decoding.
func (t *textIO) reconstruct(c *cookie, charsToSkip int) (rt.Value, *rt.Exception) {
	if err := t.decoderSetstate(c); err != nil {
		return rt.Value{}, err
	}
	input := t.snapInput
	// The ratio may be stale after a seek; CPython then decodes past the
	// end of the snapshot (reading whatever follows in memory), and _pyio
	// asserts: stay within the snapshot.
	skipBytes := min(int(t.b2cratio*float64(charsToSkip)), len(input))
	skipBack := 1
	for skipBytes > 0 {
		if err := t.decoderSetstate(c); err != nil {
			return rt.Value{}, err
		}
		n, err := t.decodeCount(input[:skipBytes], false)
		if err != nil {
			return rt.Value{}, err
		}
		if n <= charsToSkip {
			buf, flags, err := t.decoder.getstate()
			if err != nil {
				return rt.Value{}, err
			}
			if len(buf) == 0 {
				c.decFlags = int32(flags)
				charsToSkip -= n
				break
			}
			skipBytes -= len(buf)
			skipBack = 1
		} else {
			skipBytes -= skipBack
			skipBack *= 2
		}
	}
	if skipBytes <= 0 {
		skipBytes = 0
		if err := t.decoderSetstate(c); err != nil {
			return rt.Value{}, err
		}
	}
	c.startPos += int64(skipBytes)
	c.charsToSkip = int32(charsToSkip)
	if charsToSkip == 0 {
		return c.value(), nil
	}
	decoded := 0
	i := skipBytes
	for ; i < len(input); i++ {
		n, err := t.decodeCount(input[i:i+1], false)
		if err != nil {
			return rt.Value{}, err
		}
		decoded += n
		c.bytesToFeed++
		buf, flags, err := t.decoder.getstate()
		if err != nil {
			return rt.Value{}, err
		}
		if len(buf) == 0 && decoded <= charsToSkip {
			c.startPos += int64(c.bytesToFeed)
			charsToSkip -= decoded
			c.decFlags = int32(flags)
			c.bytesToFeed = 0
			decoded = 0
		}
		if decoded >= charsToSkip {
			break
		}
	}
	if i >= len(input) {
		n, err := t.decodeCount(nil, true)
		if err != nil {
			return rt.Value{}, err
		}
		decoded += n
		c.needEOF = true
		if decoded < charsToSkip {
			return rt.Value{}, rt.NewExceptionMsg(rt.OSErrorType, "can't reconstruct logical file position")
		}
	}
	c.charsToSkip = int32(charsToSkip)
	return c.value(), nil
}

func textio_seek(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	t := textSelf(self)
	if err := t.checkReady(self); err != nil {
		return rt.Value{}, err
	}
	cookieObj := a[0]
	whence := int64(0)
	if !a[1].IsNull() {
		var err *rt.Exception
		if whence, err = rt.IndexInt(a[1], ""); err != nil {
			return rt.Value{}, err
		}
	}
	if !t.seekable {
		return rt.Value{}, unsupported("underlying stream is not seekable")
	}
	switch whence {
	case 1:
		if z, err := rt.Equal(cookieObj, rt.Int(0)); err != nil {
			return rt.Value{}, err
		} else if !z {
			return rt.Value{}, unsupported("can't do nonzero cur-relative seeks")
		}
		c, err := rt.IOCallMethod(self, "tell")
		if err != nil {
			return rt.Value{}, err
		}
		cookieObj = c
	case 2:
		if z, err := rt.Equal(cookieObj, rt.Int(0)); err != nil {
			return rt.Value{}, err
		} else if !z {
			return rt.Value{}, unsupported("can't do nonzero end-relative seeks")
		}
		if _, err := rt.IOCallMethod(self, "flush"); err != nil {
			return rt.Value{}, err
		}
		t.setDecoded("")
		t.snapshot = false
		if t.decoder != nil {
			if err := t.decoder.reset(); err != nil {
				return rt.Value{}, err
			}
		}
		res, err := rt.IOCallMethod(t.buffer, "seek", rt.Int(0), rt.Int(2))
		if err != nil {
			return rt.Value{}, err
		}
		if t.encoder != nil {
			z, _ := rt.Equal(res, rt.Int(0))
			if err := t.encoderReset(z); err != nil {
				return rt.Value{}, err
			}
		}
		return res, nil
	case 0:
	default:
		return rt.Value{}, rt.NewValueError("invalid whence (%d, should be 0, 1 or 2)", whence)
	}
	if lt, err := rt.RichCompareBool(cookieObj, rt.Int(0), rt.Lt); err != nil {
		return rt.Value{}, err
	} else if lt {
		r, _ := rt.Repr(cookieObj)
		return rt.Value{}, rt.NewValueError("negative seek position %s", r.S)
	}
	if _, err := rt.IOCallMethod(self, "flush"); err != nil {
		return rt.Value{}, err
	}
	c, err := parseCookie(cookieObj)
	if err != nil {
		return rt.Value{}, err
	}
	if _, err := rt.IOCallMethod(t.buffer, "seek", rt.Int(c.startPos)); err != nil {
		return rt.Value{}, err
	}
	t.setDecoded("")
	t.snapshot = false
	if t.decoder != nil {
		if err := t.decoderSetstate(&c); err != nil {
			return rt.Value{}, err
		}
	}
	if c.charsToSkip > 0 {
		if t.decoder == nil {
			return rt.Value{}, unsupported("not readable")
		}
		r, err := rt.IOCallMethod(t.buffer, "read", rt.Int(int64(c.bytesToFeed)))
		if err != nil {
			return rt.Value{}, err
		}
		input, ok := rt.BufferBytes(r)
		if !ok {
			return rt.Value{}, rt.NewTypeError("underlying read() should have returned a bytes object, not '%s'", r.Type().Name)
		}
		t.snapshot, t.snapFlags, t.snapInput = true, int64(c.decFlags), append([]byte(nil), input...)
		s, err := t.decoder.decode(input, c.needEOF)
		if err != nil {
			return rt.Value{}, err
		}
		t.setDecoded(s)
		if rt.StrLen(s) < int(c.charsToSkip) {
			return rt.Value{}, rt.NewExceptionMsg(rt.OSErrorType, "can't restore logical file position")
		}
		t.takeChars(int(c.charsToSkip))
	} else {
		t.snapshot, t.snapFlags, t.snapInput = true, int64(c.decFlags), nil
	}
	if t.encoder != nil {
		if err := t.encoderReset(c.startPos == 0 && c.decFlags == 0); err != nil {
			return rt.Value{}, err
		}
	}
	return cookieObj, nil
}

func textio_reconfigure(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	t := textSelf(self)
	if err := t.checkAttached(); err != nil {
		return rt.Value{}, err
	}
	enc, hasEnc, err := optStr(a[0], "reconfigure", "encoding")
	if err != nil {
		return rt.Value{}, err
	}
	errs, hasErrs, err := optStr(a[1], "reconfigure", "errors")
	if err != nil {
		return rt.Value{}, err
	}
	newlineGiven := !a[2].IsNull() && !a[2].Is(rt.Ellipsis)
	var nl string
	var hasNL bool
	if newlineGiven {
		if nl, hasNL, err = checkNewline(a[2], "reconfigure"); err != nil {
			return rt.Value{}, err
		}
	}
	if t.decoded != "" && t.decodedPos < len(t.decoded) && (hasEnc || hasErrs || newlineGiven) {
		return rt.Value{}, unsupported("It is not possible to set the encoding or newline of stream after the first read")
	}
	if hasEnc || hasErrs || newlineGiven {
		if _, err := rt.IOCallMethod(self, "flush"); err != nil {
			return rt.Value{}, err
		}
	}
	if hasEnc || hasErrs {
		if hasEnc {
			if enc == "locale" {
				enc = localeEncoding()
			}
			t.encoding = enc
			if !hasErrs {
				errs = "strict"
			}
		}
		if hasEnc || hasErrs {
			t.errors = errs
		}
	}
	if newlineGiven {
		t.setNewline(nl, !hasNL)
	}
	if hasEnc || hasErrs || newlineGiven {
		if err := t.setupCodecs(); err != nil {
			return rt.Value{}, err
		}
		if t.encoder != nil && t.seekable {
			pos, err := rt.IOCallMethod(t.buffer, "tell")
			if err == nil {
				if z, _ := rt.Equal(pos, rt.Int(0)); !z {
					t.encoder.setstate(0)
				}
			}
		}
	}
	if !a[3].IsNull() && !a[3].IsNone() {
		b, err := rt.IsTrue(a[3])
		if err != nil {
			return rt.Value{}, err
		}
		t.lineBuf = b
	}
	if !a[4].IsNull() && !a[4].IsNone() {
		b, err := rt.IsTrue(a[4])
		if err != nil {
			return rt.Value{}, err
		}
		t.writeThrough = b
	}
	if _, err := rt.IOCallMethod(self, "flush"); err != nil {
		return rt.Value{}, err
	}
	return rt.None, nil
}
