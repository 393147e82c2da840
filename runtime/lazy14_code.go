// This file defines lazy code objects: a function's code object read from
// a .pyc keeps its body (instructions, constants, line and exception
// tables, cache index) as marshal bytes until something needs it, which
// is running it (pushFrame calls initCaches), or reading its bytecode,
// constants or positions from Python (co_code, co_consts, dis, marshal,
// ==, replace) or from Go. Start-up reads every function of os,
// posixpath, _collections_abc, site, ... and calls few of them; CPython
// avoids that work by deep-freezing its start-up modules into static data.
//
// Only functions' code objects (CO_OPTIMIZED) are lazy: a class body runs
// as soon as its module does. What a function object needs before its
// first call stays eager: the
// header (argument counts, flags, register count, first line), the names
// (co_names, co_varnames, cells), the file name, name, qualname and the
// docstring (MAKE_FUNCTION makes it the function's __doc__). The body is
// marshal data of its own (its references number from 0: the writer gives
// it its own reference table), so it can be read later without the rest
// of the file; the reader keeps a slice of its input, which must then
// never change (MarshalLoadsKeep).

package runtime

import (
	"runtime/debug"
	"sync"
	"unsafe"

	"krait/internal/hugeheap"
)

// lazyCode is the unread body of a code object.
type lazyCode struct {
	body []byte   // marshal data: codeBody's layout, references from 0
	doc  *Str     // the docstring (the first constant), or nil (a str: 8 bytes, not a Value's 16)
	file *pycFile // the mapped file body is in, or nil (lazy14_pycmap_linux.go)
}

// load reads co's body if it has not been read. Data that fails to read
// here was checked by nothing but the writer's hand (the body is Krait's
// own, stamped with its bytecode format), so a failure is a Go bug.
func (co *Code) load() {
	if co.lazy == nil {
		return
	}
	if err := co.materialize(); err != nil {
		panic("krait: lazy code body of " + co.qualname.S + ": " + err.Error())
	}
}

// lazySlab is the chunk space the bodies read later share (one function
// body alone would leave most of a chunk unused); lazyMu guards it.
var (
	lazyMu   sync.Mutex
	lazySlab = marshalSlab{size: 64 << 10}
)

// materialize reads co's lazy body into it.
func (co *Code) materialize() *Exception {
	lz := co.lazy
	rp := getMarshalRefs(len(lz.body) / 24) // startup_sizes.go
	lazyMu.Lock()
	r := &marshalReader{b: lz.body, refs: *rp, keep: true, file: lz.file, slab: lazySlab}
	err := readMapped(lz.file, func() *Exception { return co.readBody(r, lz) })
	lazySlab = r.slab
	lazyMu.Unlock()
	putMarshalRefs(rp, r.refs)
	return err
}

// readBody reads lz, co's body, with r (a reader of it alone).
func (co *Code) readBody(r *marshalReader, lz *lazyCode) *Exception {
	if err := r.codeBody(co); err != nil {
		return err
	}
	if r.pos != len(lz.body) {
		return marshalBad("code object body size")
	}
	if lz.doc != nil {
		if len(co.consts) == 0 {
			return marshalBad("code object docstring")
		}
		co.consts[0] = ValueOf(lz.doc)
	}
	co.lazy = nil
	*lz = lazyCode{} // it may live on with co (loadedCode): let the file go
	if src := co.c.Source; src != nil {
		co.setSourceTree(src)
	}
	return nil
}

// docConst returns co's first constant when it is a str (a function's
// __doc__), or null, without reading a lazy body.
func (co *Code) docConst() Value {
	if co.lazy != nil {
		if co.lazy.doc == nil {
			return Value{}
		}
		return ValueOf(co.lazy.doc)
	}
	if len(co.consts) > 0 && co.consts[0].Type() == StrType {
		return co.consts[0]
	}
	return Value{}
}

// lazyBody writes co's body as marshal data of its own, after the
// docstring (see the file comment).
func (w *marshalWriter) lazyBody(co *Code) {
	doc := co.docConst()
	if doc.IsNull() {
		w.byte('N')
	} else {
		w.str(doc.AsStr())
	}
	sub := &marshalWriter{version: w.version, buf: make([]byte, 0, 256), depth: w.depth, codeDepth: w.codeDepth}
	if w.refs != nil {
		sub.refs = make(map[unsafe.Pointer]int32)
	}
	sub.codeBody(co, !doc.IsNull())
	if sub.err != nil {
		w.fail(sub.err.Error())
		return
	}
	w.blob(sub.buf)
}

// lazyBody reads what marshalWriter.lazyBody wrote into lz: it keeps the
// body for later when the reader may keep its input, else reads it now.
func (r *marshalReader) lazyBody(co *Code, lz *lazyCode) *Exception {
	doc, err := r.object()
	if err != nil {
		return err
	}
	switch {
	case doc.IsNone():
		doc = Value{}
	case doc.IsNull() || doc.Type() != StrType:
		return marshalBad("code object docstring")
	}
	body, err := r.rawBlob()
	if err != nil {
		return err
	}
	*lz = lazyCode{body: body, file: r.file}
	if !doc.IsNull() {
		lz.doc = doc.AsStr()
	}
	if r.keep {
		co.lazy = lz
		return nil
	}
	sub := &marshalReader{b: body, depth: r.depth}
	sub.slab.size = len(body)
	return co.readBody(sub, lz)
}

// readMapped runs read, which reads the mapped file f (nil: Go memory),
// turning a fault on its pages (the file was truncated) into an error.
func readMapped(f *pycFile, read func() *Exception) (err *Exception) {
	if f == nil {
		return read()
	}
	old := debug.SetPanicOnFault(true)
	defer func() {
		debug.SetPanicOnFault(old)
		if p := recover(); p != nil {
			if _, ok := p.(interface{ Addr() uintptr }); !ok {
				panic(p)
			}
			err = NewExceptionMsg(ImportErrorType, "compiled code file changed while in use")
		}
	}()
	return read()
}

// MarshalLoadsKeep is MarshalLoads for input that never changes and may
// be kept: the code objects it reads keep their bodies unread in it.
func MarshalLoadsKeep(b []byte) (Value, int, *Exception) {
	hugeheap.Advise() // a module is being read: the heap may have grown
	if f := takeMappedPyc(b); f != nil {
		return marshalLoadsMapped(b, f) // start18_mappedpyc.go
	}
	return marshalLoads(b, true)
}

// ImmutableBytes returns the bytes of v when they can never change: a
// bytes object, or a read-only memoryview of one.
func ImmutableBytes(v Value) ([]byte, bool) {
	if b, ok := v.TryBytes(); ok {
		return b, true
	}
	mv, ok := v.TryMemoryView()
	if !ok || !mv.readonly || mv.released || mv.src == nil || mv.src.Obj.IsNull() || mv.src.Obj.p == nil {
		return nil, false
	}
	if mv.src.Obj.Type() != BytesType {
		return nil, false
	}
	return bytesLike(v)
}
