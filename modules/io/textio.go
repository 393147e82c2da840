// This file defines _io.TextIOWrapper, the text layer over a buffered
// binary stream: decoding and encoding, newline translation, line
// buffering and the opaque tell()/seek() cookies of CPython's
// Modules/_io/textio.c.

package pyio

import (
	"os"
	"strings"
	"unicode/utf8"

	rt "krait/runtime"
)

// textIO is a TextIOWrapper.
type textIO struct {
	object
	ok, detached bool
	buffer       rt.Value
	fbuf         *buffered // buffer when it is an exact Buffered* object
	encoding     string
	errors       string
	decoder      textDecoder // nil when not readable
	nl           *nlDecoder  // decoder when reading with universal newlines
	encoder      textEncoder // nil when not writable
	readuniv     bool
	readtrans    bool
	writetrans   bool
	readnl       string // newline argument ("" with newlineNone for None)
	newlineNone  bool
	writenl      string // "" means no translation on write
	lineBuf      bool
	writeThrough bool
	seekable     bool
	telling      bool
	hasRead1     bool
	chunkSize    int
	b2cratio     float64

	decoded     string // decoded characters
	decodedPos  int    // byte offset of the first unused one
	decodedUsed int    // number of characters used
	snapshot    bool   // snapFlags/snapInput are valid
	snapFlags   int64
	snapInput   []byte

	*textState
	startOfStrm  bool // the encoder is at the start of the stream
	trackedFlush bool
}

// textState holds the encoded text a TextIOWrapper has not yet passed to
// its buffer, kept apart from the object so that final.go can write it
// after the object is collected.
type textState struct {
	buffer   rt.Value // the buffer, as long as the object owns it
	pending  []byte
	released bool // detached: the buffer is no longer ours to close
	// mode (as open() set it) and encoding, as the repr shows them, for
	// the ResourceWarning of a collected TextIOWrapper (final_warn.go).
	mode, encoding string
}

var textiowrapperType *rt.Type

func textio_new(t *rt.Type, args []rt.Value, kw []*rt.Str) (rt.Value, *rt.Exception) {
	return rt.ValueOf(&textIO{object: object{Header: rt.NewHeader(t)}, textState: &textState{}}), nil
}

func textSelf(v rt.Value) *textIO { return rt.PtrOf[textIO](v) }

var textioInitSig = rt.Method{Name: "TextIOWrapper", Sig: "buffer, encoding=, errors=, newline=, line_buffering=, write_through="}

// localeEncoding is the encoding "locale" stands for: "utf-8" in UTF-8
// Mode (sys.flags.utf8_mode, on in the C/POSIX locale), else the codeset
// of the locale, which CPython reports as "UTF-8" for a UTF-8 locale and
// "ANSI_X3.4-1968" for C. The locale is decided from the environment at
// start-up, as CPython sets its locale then: a program that later edits
// os.environ does not change it.
func localeEncoding() string {
	if rt.SysConfig.Flags.UTF8Mode != 0 {
		return "utf-8"
	}
	return startupLocaleEncoding
}

var startupLocaleEncoding = localeEncodingFromEnv()

// localeEncodingFromEnv is the codeset of the LC_CTYPE locale the
// environment names; like a minimal glibc, Krait has only C and C.UTF-8,
// so any other name leaves the C locale.
func localeEncodingFromEnv() string {
	loc := os.Getenv("LC_ALL")
	if loc == "" {
		loc = os.Getenv("LC_CTYPE")
	}
	if loc == "" {
		loc = os.Getenv("LANG")
	}
	lang, codeset, ok := strings.Cut(loc, ".")
	if ok && lang == "C" && strings.ReplaceAll(strings.ToLower(codeset), "-", "") == "utf8" {
		return "UTF-8"
	}
	if os.Getenv("LC_ALL") == "" {
		return "UTF-8" // the C locale coerced to C.UTF-8 (PEP 538)
	}
	return "ANSI_X3.4-1968"
}

// optStr converts an optional str-or-None argument.
func optStr(v rt.Value, fn, arg string) (string, bool, *rt.Exception) {
	if v.IsNull() || v.IsNone() {
		return "", false, nil
	}
	s, ok := v.TryStr()
	if !ok {
		return "", false, rt.NewTypeError("%s() argument '%s' must be str or None, not %s", fn, arg, v.Type().Name)
	}
	return s.S, true, nil
}

func checkNewline(v rt.Value, fn string) (string, bool, *rt.Exception) {
	s, ok, err := optStr(v, fn, "newline")
	if err != nil || !ok {
		return "", ok, err
	}
	switch s {
	case "", "\n", "\r", "\r\n":
		return s, true, nil
	}
	return "", false, rt.NewValueError("illegal newline value: %s", s)
}

func textio_init(self rt.Value, args []rt.Value, kw []*rt.Str) *rt.Exception {
	a, err := textioInitSig.BindClinic(args, kw, "TextIOWrapper")
	if err != nil {
		return err
	}
	t := textSelf(self)
	t.ok, t.detached = false, false
	enc, hasEnc, err := optStr(a[1], "TextIOWrapper", "encoding")
	if err != nil {
		return err
	}
	if hasEnc && strings.IndexByte(enc, 0) >= 0 {
		return rt.NewValueError("embedded null character")
	}
	errs, hasErrs, err := optStr(a[2], "TextIOWrapper", "errors")
	if err != nil {
		return err
	}
	if !hasErrs {
		errs = "strict"
	} else if strings.IndexByte(errs, 0) >= 0 {
		return rt.NewValueError("embedded null character")
	} else if rt.SysConfig.Flags.DevMode && !builtinErrorsName(errs) {
		// io_check_errors: the dev mode checks the handler at once (the
		// built-in ones need no lookup, and the standard streams are
		// made before the registry has them).
		if _, err := rt.LookupErrorHandler(errs); err != nil {
			return err
		}
	}
	nl, hasNL, err := checkNewline(a[3], "TextIOWrapper")
	if err != nil {
		return err
	}
	lineBuf, err := optBool(a[4])
	if err != nil {
		return err
	}
	writeThrough, err := optBool(a[5])
	if err != nil {
		return err
	}
	if !hasEnc && rt.SysConfig.Flags.WarnDefaultEnc != 0 {
		if err := rt.Warn(rt.ExceptionTypeByName("EncodingWarning"), "'encoding' argument not specified", 1); err != nil {
			return err
		}
	}
	if !hasEnc || enc == "locale" {
		enc = localeEncoding()
	}
	t.buffer = a[0]
	t.fbuf = nil
	if bt := a[0].Type(); bt == bufferedReaderType || bt == bufferedWriterType || bt == bufferedRandomType {
		t.fbuf = bufSelf(a[0])
	}
	t.encoding, t.errors = enc, errs
	t.chunkSize = 8192
	t.lineBuf, t.writeThrough = lineBuf, writeThrough
	t.setNewline(nl, !hasNL)
	t.decoded, t.decodedPos, t.decodedUsed, t.snapshot, t.pending = "", 0, 0, false, nil
	t.b2cratio = 0
	if err := t.setupCodecs(); err != nil {
		return err
	}
	sk, err := rt.IOCallMethod(t.buffer, "seekable")
	if err != nil {
		return err
	}
	if t.seekable, err = rt.IsTrue(sk); err != nil {
		return err
	}
	t.telling = t.seekable
	_, herr := rt.GetAttrString(t.buffer, "read1")
	t.hasRead1 = herr == nil
	t.startOfStrm = false
	if t.seekable && t.encoder != nil {
		t.startOfStrm = true
		pos, err := rt.IOCallMethod(t.buffer, "tell")
		if err != nil {
			return err
		}
		if zero, _ := rt.Equal(pos, rt.Int(0)); !zero {
			t.startOfStrm = false
			if err := t.encoder.setstate(0); err != nil {
				return err
			}
		}
	}
	t.ok = true
	t.released = false
	t.textState.buffer = t.buffer
	t.textState.encoding = t.encoding
	if !t.trackedFlush {
		t.trackedFlush = true
		trackText(t)
	}
	return nil
}

func optBool(v rt.Value) (bool, *rt.Exception) {
	if v.IsNull() {
		return false, nil
	}
	return rt.IsTrue(v)
}

// setNewline sets the newline translation fields.
func (t *textIO) setNewline(nl string, none bool) {
	t.readnl, t.newlineNone = nl, none
	t.readuniv = none || nl == ""
	t.readtrans = none
	t.writetrans = none || nl != ""
	t.writenl = ""
	if !t.readuniv && nl != "\n" {
		t.writenl = nl
	}
}

// setupCodecs creates the decoder and encoder for a readable or writable
// buffer.
func (t *textIO) setupCodecs() *rt.Exception {
	t.decoder, t.nl, t.encoder = nil, nil, nil
	r, err := rt.IOCallMethod(t.buffer, "readable")
	if err != nil {
		return err
	}
	if ok, _ := rt.IsTrue(r); ok {
		d, err := newDecoder(t.encoding, t.errors)
		if err != nil {
			return err
		}
		if t.readuniv {
			t.nl = &nlDecoder{inner: d, nl: nlState{translate: t.readtrans}}
			d = t.nl
		}
		t.decoder = d
	} else if !rt.KnownEncoding(t.encoding) {
		if _, err := lookupCodecInfo(t.encoding); err != nil {
			return err
		}
	}
	w, err := rt.IOCallMethod(t.buffer, "writable")
	if err != nil {
		return err
	}
	if ok, _ := rt.IsTrue(w); ok {
		e, err := newEncoder(t.encoding, t.errors)
		if err != nil {
			return err
		}
		t.encoder = e
	}
	return nil
}

// checkAttached is CHECK_ATTACHED.
func (t *textIO) checkAttached() *rt.Exception {
	if !t.ok {
		if t.detached {
			return rt.NewValueError("underlying buffer has been detached")
		}
		return rt.NewValueError("I/O operation on uninitialized object")
	}
	return nil
}

// closedValue reports self.buffer.closed.
func (t *textIO) closedValue() (bool, *rt.Exception) {
	if t.fbuf != nil && t.fbuf.ok {
		return t.fbuf.isClosed()
	}
	c, err := rt.GetAttr(t.buffer, strClosed)
	if err != nil {
		return false, err
	}
	return rt.IsTrue(c)
}

// checkClosed is CHECK_CLOSED: self.closed must be false.
func (t *textIO) checkClosed(self rt.Value) *rt.Exception {
	var closed bool
	var err *rt.Exception
	if self.Type() == textiowrapperType {
		closed, err = t.closedValue()
	} else {
		var c rt.Value
		if c, err = rt.GetAttr(self, strClosed); err == nil {
			closed, err = rt.IsTrue(c)
		}
	}
	if err != nil {
		return err
	}
	if closed {
		return errClosed()
	}
	return nil
}

func (t *textIO) checkReady(self rt.Value) *rt.Exception {
	if err := t.checkAttached(); err != nil {
		return err
	}
	return t.checkClosed(self)
}

// writeflush passes the pending encoded text to buffer.write.
func (t *textIO) writeflush() *rt.Exception {
	if len(t.pending) == 0 {
		return nil
	}
	p := t.pending
	t.pending = nil
	if t.fbuf != nil && t.fbuf.ok {
		closed, err := t.fbuf.isClosed()
		if err != nil {
			return err
		}
		if closed {
			return rt.NewValueError("write to closed file")
		}
		_, err = t.fbuf.write(p)
		t.pending = p[:0] // the buffer copied p: keep its storage
		return err
	}
	_, err := rt.IOCallMethod(t.buffer, "write", rt.NewBytes(p))
	return err
}

// setDecoded replaces the decoded characters.
func (t *textIO) setDecoded(s string) {
	t.decoded, t.decodedPos, t.decodedUsed = s, 0, 0
}

// cpLen is the length of the WTF-8 sequence starting with byte c.
func cpLen(c byte) int {
	switch {
	case c < 0x80:
		return 1
	case c < 0xE0:
		return 2
	case c < 0xF0:
		return 3
	}
	return 4
}

// takeChars returns up to n characters of the decoded text (all if n < 0).
func (t *textIO) takeChars(n int) string {
	s := t.decoded[t.decodedPos:]
	if n < 0 {
		t.decodedUsed += rt.StrLen(s)
		t.decodedPos = len(t.decoded)
		return s
	}
	i, k := 0, 0
	for i < len(s) && k < n {
		i += cpLen(s[i])
		k++
	}
	t.decodedPos += i
	t.decodedUsed += k
	return s[:i]
}

// readChunk reads and decodes one chunk; it returns false at EOF.
func (t *textIO) readChunk(sizeHint int) (bool, *rt.Exception) {
	if t.decoder == nil {
		return false, unsupported("not readable")
	}
	var decBuf []byte
	var decFlags int64
	if t.telling {
		var err *rt.Exception
		if decBuf, decFlags, err = t.decoder.getstate(); err != nil {
			return false, err
		}
	}
	if sizeHint > 0 {
		sizeHint = int(max(t.b2cratio, 1.0) * float64(sizeHint))
	}
	size := max(t.chunkSize, sizeHint)
	input, err := t.readBuffer(size)
	if err != nil {
		return false, err
	}
	eof := len(input) == 0
	s, err := t.decoder.decode(input, eof)
	if err != nil {
		return false, err
	}
	t.setDecoded(s)
	nchars := rt.StrLen(s)
	if nchars > 0 {
		t.b2cratio = float64(len(input)) / float64(nchars)
		eof = false
	} else {
		t.b2cratio = 0
	}
	if t.telling {
		t.snapshot = true
		t.snapFlags = decFlags
		t.snapInput = append(decBuf, input...)
	}
	return !eof, nil
}

// readBuffer calls buffer.read1(size) (or read).
func (t *textIO) readBuffer(size int) ([]byte, *rt.Exception) {
	if t.fbuf != nil && t.fbuf.ok && t.fbuf.readable {
		b := t.fbuf
		if err := b.checkClosed("read of closed file"); err != nil {
			return nil, err
		}
		return b.read1(size)
	}
	name := "read"
	if t.hasRead1 {
		name = "read1"
	}
	r, err := rt.IOCallMethod(t.buffer, name, rt.Int(int64(size)))
	if err != nil {
		return nil, err
	}
	b, ok := rt.BufferBytes(r)
	if !ok {
		return nil, rt.NewTypeError("underlying %s() should have returned a bytes-like object, not '%s'", name, r.Type().Name)
	}
	return b, nil
}

func textio_read(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	t := textSelf(self)
	if err := t.checkAttached(); err != nil {
		return rt.Value{}, err
	}
	n, err := sizeArg(a[0])
	if err != nil {
		return rt.Value{}, err
	}
	if err := t.checkClosed(self); err != nil {
		return rt.Value{}, err
	}
	if t.decoder == nil {
		return rt.Value{}, unsupported("not readable")
	}
	if err := t.writeflush(); err != nil {
		return rt.Value{}, err
	}
	if n < 0 {
		var data []byte
		if t.fbuf != nil && t.fbuf.ok && t.fbuf.readable {
			if err := t.fbuf.checkClosed("read of closed file"); err != nil {
				return rt.Value{}, err
			}
			data, err = t.fbuf.readAll()
		} else {
			r, e := rt.IOCallMethod(t.buffer, "read")
			if e != nil {
				return rt.Value{}, e
			}
			if !r.IsNone() {
				var ok bool
				if data, ok = rt.BufferBytes(r); !ok {
					return rt.Value{}, rt.NewTypeError("underlying read() should have returned a bytes object, not '%s'", r.Type().Name)
				}
			}
		}
		if err != nil {
			return rt.Value{}, err
		}
		s, err := t.decoder.decode(data, true)
		if err != nil {
			return rt.Value{}, err
		}
		out := t.takeChars(-1) + s
		t.setDecoded("")
		t.snapshot = false
		return rt.StrValue(out), nil
	}
	var sb strings.Builder
	remaining := int(n)
	for {
		part := t.takeChars(remaining)
		sb.WriteString(part)
		remaining -= rt.StrLen(part)
		if remaining <= 0 {
			break
		}
		more, err := t.readChunk(remaining)
		if err != nil {
			return rt.Value{}, err
		}
		if !more && t.decodedPos == len(t.decoded) {
			break
		}
	}
	return rt.StrValue(sb.String()), nil
}

// findLineEnd returns the byte offset just past the first line ending of
// s, or -1.
func (t *textIO) findLineEnd(s string) int {
	switch {
	case t.readtrans:
		if i := strings.IndexByte(s, '\n'); i >= 0 {
			return i + 1
		}
	case t.readuniv:
		i := strings.IndexAny(s, "\r\n")
		if i < 0 {
			return -1
		}
		if s[i] == '\r' && i+1 < len(s) && s[i+1] == '\n' {
			return i + 2
		}
		return i + 1
	default:
		if i := strings.Index(s, t.readnl); i >= 0 {
			return i + len(t.readnl)
		}
	}
	return -1
}

// readline returns the next line, at most limit characters if limit >= 0.
func (t *textIO) readline(limit int) (string, *rt.Exception) {
	if t.decoder == nil {
		return "", unsupported("not readable")
	}
	if err := t.writeflush(); err != nil {
		return "", err
	}
	var sb strings.Builder
	got := 0
	for {
		if t.decodedPos == len(t.decoded) {
			more, err := t.readChunk(0)
			if err != nil {
				return "", err
			}
			if t.decodedPos == len(t.decoded) {
				if !more {
					break
				}
				continue
			}
		}
		s := t.decoded[t.decodedPos:]
		// A "\r\n" terminator split across two chunks.
		if !t.readuniv && t.readnl == "\r\n" && sb.Len() > 0 && strings.HasSuffix(sb.String(), "\r") && s[0] == '\n' {
			sb.WriteString(t.takeChars(1))
			break
		}
		end := t.findLineEnd(s)
		take := s
		if end >= 0 {
			take = s[:end]
		}
		if limit >= 0 {
			if n := rt.StrLen(take); got+n >= limit {
				sb.WriteString(t.takeChars(limit - got))
				break
			}
		}
		if end >= 0 {
			sb.WriteString(t.takeChars(rt.StrLen(take)))
			break
		}
		part := t.takeChars(-1)
		got += rt.StrLen(part)
		sb.WriteString(part)
	}
	return sb.String(), nil
}

func textio_readline(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	t := textSelf(self)
	if err := t.checkAttached(); err != nil {
		return rt.Value{}, err
	}
	n := int64(-1)
	if !a[0].IsNull() {
		var err *rt.Exception
		if n, err = rt.IndexInt(a[0], ""); err != nil {
			return rt.Value{}, err
		}
	}
	if err := t.checkClosed(self); err != nil {
		return rt.Value{}, err
	}
	s, err := t.readline(int(n))
	if err != nil {
		return rt.Value{}, err
	}
	return rt.StrValue(s), nil
}

func textio_iternext(self rt.Value) (rt.Value, *rt.Exception) {
	t := textSelf(self)
	t.telling = false
	var line rt.Value
	if self.Type() == textiowrapperType {
		if err := t.checkReady(self); err != nil {
			return rt.Value{}, err
		}
		s, err := t.readline(-1)
		if err != nil {
			return rt.Value{}, err
		}
		line = rt.StrValue(s)
	} else {
		l, err := rt.IOCallMethod(self, "readline")
		if err != nil {
			return rt.Value{}, err
		}
		if _, ok := l.TryStr(); !ok {
			return rt.Value{}, rt.NewExceptionMsg(rt.OSErrorType, "readline() should have returned a str object, not '"+l.Type().Name+"'")
		}
		line = l
	}
	if n, _ := rt.Len(line); n == 0 {
		t.snapshot = false
		t.telling = t.seekable
		return rt.Value{}, nil
	}
	return line, nil
}

func textio_write(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	t := textSelf(self)
	if err := t.checkAttached(); err != nil {
		return rt.Value{}, err
	}
	s, ok := a[0].TryStr()
	if !ok {
		return rt.Value{}, rt.NewTypeError("write() argument must be str, not %s", rt.ArgTypeName(a[0]))
	}
	if err := t.checkClosed(self); err != nil {
		return rt.Value{}, err
	}
	if err := t.write(s.S); err != nil {
		return rt.Value{}, err
	}
	return rt.Int(int64(s.Len())), nil
}

// flushBefore passes the pending bytes on first when n more would take
// them past the chunk size, so that (as in CPython) the buffer is never
// handed more than one chunk of older text together with new text.
func (t *textIO) flushBefore(n int) *rt.Exception {
	if len(t.pending) > 0 && len(t.pending)+n > t.chunkSize {
		return t.writeflush()
	}
	return nil
}

// write encodes text into the pending bytes and passes them on when the
// chunk is full, on a newline with line buffering, or with write_through.
func (t *textIO) write(text string) *rt.Exception {
	if t.encoder == nil {
		return unsupported("not writable")
	}
	haslf := (t.writetrans || t.lineBuf) && strings.IndexByte(text, '\n') >= 0
	if haslf && t.writetrans && t.writenl != "" {
		text = strings.ReplaceAll(text, "\n", t.writenl)
	}
	needflush := t.lineBuf && (haslf || strings.IndexByte(text, '\r') >= 0)
	if e, ok := t.encoder.(*goEncoder); ok && e.utf8 && utf8.ValidString(text) {
		if err := t.flushBefore(len(text)); err != nil {
			return err
		}
		t.pending = append(t.pending, text...)
	} else {
		b, err := t.encoder.encode(text)
		if err != nil {
			return err
		}
		if err := t.flushBefore(len(b)); err != nil {
			return err
		}
		t.pending = append(t.pending, b...)
	}
	t.startOfStrm = false
	if len(t.pending) >= t.chunkSize || needflush || t.writeThrough {
		if err := t.writeflush(); err != nil {
			return err
		}
	}
	if needflush {
		if _, err := rt.IOCallMethod(t.buffer, "flush"); err != nil {
			return err
		}
	}
	if t.decoder != nil {
		t.setDecoded("")
		t.snapshot = false
		return t.decoder.reset()
	}
	return nil
}

func textio_flush(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	t := textSelf(self)
	if err := t.checkReady(self); err != nil {
		return rt.Value{}, err
	}
	t.telling = t.seekable
	if err := t.writeflush(); err != nil {
		return rt.Value{}, err
	}
	return rt.IOCallMethod(t.buffer, "flush")
}

func textio_close(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	t := textSelf(self)
	if err := t.checkAttached(); err != nil {
		return rt.Value{}, err
	}
	closed, err := t.closedValue()
	if err != nil {
		return rt.Value{}, err
	}
	if closed {
		return rt.None, nil
	}
	_, ferr := rt.IOCallMethod(self, "flush")
	_, cerr := rt.IOCallMethod(t.buffer, "close")
	if ferr != nil {
		if cerr != nil {
			cerr.Context = ferr
			return rt.Value{}, cerr
		}
		return rt.Value{}, ferr
	}
	if cerr != nil {
		return rt.Value{}, cerr
	}
	return rt.None, nil
}

func textio_detach(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	t := textSelf(self)
	if err := t.checkAttached(); err != nil {
		return rt.Value{}, err
	}
	if _, err := rt.IOCallMethod(self, "flush"); err != nil {
		return rt.Value{}, err
	}
	b := t.buffer
	t.buffer, t.fbuf = rt.Value{}, nil
	t.released = true
	t.ok, t.detached = false, true
	return b, nil
}

func textDelegate(name string) rt.Method {
	return rt.Method{Name: name, Flags: rt.MethNoArgs, Fn: func(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
		t := textSelf(self)
		if err := t.checkAttached(); err != nil {
			return rt.Value{}, err
		}
		return rt.IOCallMethod(t.buffer, name)
	}}
}

func textio_truncate(self rt.Value, a []rt.Value) (rt.Value, *rt.Exception) {
	t := textSelf(self)
	if err := t.checkAttached(); err != nil {
		return rt.Value{}, err
	}
	if _, err := rt.IOCallMethod(self, "flush"); err != nil {
		return rt.Value{}, err
	}
	pos := a[0]
	if pos.IsNull() {
		pos = rt.None
	}
	return rt.IOCallMethod(t.buffer, "truncate", pos)
}

func textio_repr(self rt.Value) (rt.Value, *rt.Exception) {
	t := textSelf(self)
	var sb strings.Builder
	sb.WriteString("<_io.TextIOWrapper") // CPython names the base class for subclasses too
	if !t.ok && !t.detached {
		return rt.Value{}, rt.NewValueError("I/O operation on uninitialized object")
	}
	for _, attr := range []string{"name", "mode"} {
		v, err := rt.GetAttrString(self, attr)
		if err != nil {
			if err.Matches(rt.ValueErrorType) || err.Matches(rt.AttributeErrorType) {
				continue
			}
			return rt.Value{}, err
		}
		r, err := rt.Repr(v)
		if err != nil {
			return rt.Value{}, err
		}
		sb.WriteString(" " + attr + "=" + r.S)
	}
	r, _ := rt.Repr(rt.StrValue(t.encoding))
	sb.WriteString(" encoding=" + r.S + ">")
	return rt.StrValue(sb.String()), nil
}

func textGetter(f func(t *textIO) (rt.Value, *rt.Exception)) func(v rt.Value) (rt.Value, *rt.Exception) {
	return func(v rt.Value) (rt.Value, *rt.Exception) {
		t := textSelf(v)
		if err := t.checkAttached(); err != nil {
			return rt.Value{}, err
		}
		return f(t)
	}
}

func textInitGetter(f func(t *textIO) (rt.Value, *rt.Exception)) func(v rt.Value) (rt.Value, *rt.Exception) {
	return func(v rt.Value) (rt.Value, *rt.Exception) {
		t := textSelf(v)
		if !t.ok && !t.detached {
			return rt.Value{}, rt.NewValueError("I/O operation on uninitialized object")
		}
		return f(t)
	}
}

var textioGetSets = []rt.GetSetDef{
	{Name: "name", Get: textGetter(func(t *textIO) (rt.Value, *rt.Exception) { return rt.GetAttrString(t.buffer, "name") })},
	{Name: "closed", Get: textGetter(func(t *textIO) (rt.Value, *rt.Exception) { return rt.GetAttr(t.buffer, strClosed) })},
	{Name: "newlines", Get: textGetter(func(t *textIO) (rt.Value, *rt.Exception) {
		if t.nl == nil {
			return rt.None, nil
		}
		return t.nl.nl.newlines(), nil
	})},
	{Name: "errors", Get: textInitGetter(func(t *textIO) (rt.Value, *rt.Exception) { return rt.StrValue(t.errors), nil })},
	{Name: "encoding", Get: textInitGetter(func(t *textIO) (rt.Value, *rt.Exception) { return rt.StrValue(t.encoding), nil })},
	{Name: "buffer", Get: textInitGetter(func(t *textIO) (rt.Value, *rt.Exception) {
		if t.buffer.IsNull() {
			return rt.None, nil
		}
		return t.buffer, nil
	})},
	{Name: "line_buffering", Get: textInitGetter(func(t *textIO) (rt.Value, *rt.Exception) { return rt.Bool(t.lineBuf), nil })},
	{Name: "write_through", Get: textInitGetter(func(t *textIO) (rt.Value, *rt.Exception) { return rt.Bool(t.writeThrough), nil })},
	{Name: "_finalizing", Get: func(v rt.Value) (rt.Value, *rt.Exception) { return rt.False, nil }},
	{Name: "_CHUNK_SIZE", Get: textGetter(func(t *textIO) (rt.Value, *rt.Exception) { return rt.Int(int64(t.chunkSize)), nil }),
		Set: func(v, x rt.Value) *rt.Exception {
			t := textSelf(v)
			if err := t.checkAttached(); err != nil {
				return err
			}
			if x.IsNull() {
				return rt.NewAttributeError("cannot delete attribute")
			}
			n, err := rt.IndexInt(x, "")
			if err != nil {
				return err
			}
			if n <= 0 {
				return rt.NewValueError("a strictly positive integer is required")
			}
			t.chunkSize = int(n)
			return nil
		}},
}

var textioMethods = []rt.Method{
	{Name: "detach", Flags: rt.MethNoArgs, Fn: textio_detach},
	{Name: "reconfigure", Sig: "*, encoding=, errors=, newline=, line_buffering=, write_through=", Fn: textio_reconfigure},
	{Name: "write", Sig: "text, /", Flags: rt.MethO, Fn: textio_write},
	{Name: "read", Sig: "size=, /", Fn: textio_read},
	{Name: "readline", Sig: "size=, /", Fn: textio_readline},
	{Name: "flush", Flags: rt.MethNoArgs, Fn: textio_flush},
	{Name: "close", Flags: rt.MethNoArgs, Fn: textio_close},
	textDelegate("fileno"), textDelegate("seekable"), textDelegate("readable"),
	textDelegate("writable"), textDelegate("isatty"),
	{Name: "seek", Sig: "cookie, whence=, /", Fn: textio_seek},
	{Name: "tell", Flags: rt.MethNoArgs, Fn: textio_tell},
	{Name: "truncate", Sig: "pos=, /", Fn: textio_truncate},
}

func newTextIOType() {
	textiowrapperType = rt.NewNativeType(&rt.TypeSpec{Name: "_io.TextIOWrapper", Base: textiobaseType, Flags: rt.FlagBaseType,
		Doc: textioDoc, Methods: textioMethods, GetSets: textioGetSets}, func(t *rt.Type) {
		t.New = textio_new
		t.Init = textio_init
		t.Repr = textio_repr
		t.InstAttrs = objAttrs
		t.Iter = iobase_iter
		t.Next = textio_iternext
	})
}

const textioDoc = "Character and line based layer over a BufferedIOBase object, buffer.\n\n" +
	"encoding gives the name of the encoding that the stream will be\n" +
	"decoded or encoded with. It defaults to locale.getencoding().\n\n" +
	"errors determines the strictness of encoding and decoding (see\n" +
	"help(codecs.Codec) or the documentation for codecs.register) and\n" +
	"defaults to \"strict\".\n\n" +
	"newline controls how line endings are handled. It can be None, '',\n" +
	"'\\n', '\\r', and '\\r\\n'.  It works as follows:\n\n" +
	"* On input, if newline is None, universal newlines mode is\n" +
	"  enabled. Lines in the input can end in '\\n', '\\r', or '\\r\\n', and\n" +
	"  these are translated into '\\n' before being returned to the\n" +
	"  caller. If it is '', universal newline mode is enabled, but line\n" +
	"  endings are returned to the caller untranslated. If it has any of\n" +
	"  the other legal values, input lines are only terminated by the given\n" +
	"  string, and the line ending is returned to the caller untranslated.\n\n" +
	"* On output, if newline is None, any '\\n' characters written are\n" +
	"  translated to the system default line separator, os.linesep. If\n" +
	"  newline is '' or '\\n', no translation takes place. If newline is any\n" +
	"  of the other legal values, any '\\n' characters written are translated\n" +
	"  to the given string.\n\n" +
	"If line_buffering is True, a call to flush is implied when a call to\n" +
	"write contains a newline character."

// builtinErrorsName reports whether name is one of the error handlers
// codecs always has.
func builtinErrorsName(name string) bool {
	switch name {
	case "strict", "ignore", "replace", "surrogateescape", "surrogatepass",
		"backslashreplace", "xmlcharrefreplace", "namereplace":
		return true
	}
	return false
}
