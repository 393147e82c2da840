// This file defines how marshal writes and reads a Krait code object: type
// code 'c' followed by a Krait-specific payload, since Krait's register
// bytecode is not CPython's. The payload's header ends with a stamp of the
// bytecode format (pycache_magic.go), so code marshalled by a Krait build
// with other opcodes is refused instead of run. Constants, names and the
// file name inside it are ordinary marshal objects (so nested code objects,
// shared names and the repeated file name use marshal's references); the
// instructions, line table, exception table and inline cache index are
// length-prefixed little-endian arrays.
//
// Payload, after 'c':
//
//	i32 argcount, posonlyargcount, kwonlyargcount, numregs, flags,
//	    firstlineno, numcaches
//	u32 stamp
//	i32 scopeline, scopecol (where the code's scope starts, for its CPython view)
//	i32 n, n str objects: names; then varnames, cellvars and freevars alike
//	objects: filename, name, qualname (str)
//	u8 0 and the body, or (a code object nested in another's constants)
//	    u8 1, the docstring (str, or None), i32 n and n bytes: the body
//	    as marshal data of its own, whose references number from 0 and
//	    whose first constant, when it is the docstring, is None
//	    (lazy14_code.go reads it when the code first runs)
//	body: i32 n, n×u32 instructions
//	    i32 n, n objects: constants
//	    i32 n, n bytes: line table (compiler.Code.LineTable)
//	    i32 n, n×(u32 start, end, handler, reg; u8 lasti): exception table
//	    i32 n, n bytes: cache index, one uvarint per instruction word
//	u8 0, or 1 and the source (outermost code object only, when it has
//	    one): i32 n, n bytes text; u8 isStr, mode; i32 optimize, flags

package runtime

import (
	"encoding/binary"
	"os"
	"strings"

	"krait/compiler"
	"krait/syntax"
)

// maxCodeRegs bounds the register window of a loaded code object, so that
// corrupt data cannot make the interpreter allocate without limit.
const maxCodeRegs = 1 << 20

func (w *marshalWriter) uint32(n uint32) { w.int32(int32(n)) }

func (w *marshalWriter) code(co *Code) {
	co.load() // lazy14_code.go
	c := co.c
	w.codeDepth++
	defer func() { w.codeDepth-- }()
	for _, n := range [...]int{c.ArgCount, c.PosOnlyArgCount, c.KwOnlyArgCount, c.NumRegs, int(co.flags), c.FirstLineNo, c.NumCaches} {
		w.int32(int32(n))
	}
	w.uint32(codeFormatStamp())
	w.int32(c.ScopeLine)
	w.int32(c.ScopeCol)
	w.strs(co.names)
	w.strs(co.varnames)
	w.strs(co.cellvars[:co.ncells])
	w.strs(co.cellvars[co.ncells:])
	w.str(w.filenameStr(co.c.Filename))
	w.str(co.name)
	w.str(co.qualname)
	if w.codeDepth > 1 && co.flags&compiler.CoOptimized != 0 { // a function's code, not a class body's
		w.byte(1)
		w.lazyBody(co) // lazy14_code.go
	} else {
		w.byte(0)
		w.codeBody(co, false)
	}
	w.source(c.Source)
}

// codeBody writes the part of a code object that only running it (or
// inspecting its bytecode or constants) needs: instructions, constants,
// line table, exception table and cache index. With docHole, the first
// constant (the docstring, written before the body) is written as None.
func (w *marshalWriter) codeBody(co *Code, docHole bool) {
	c := co.c
	w.int32(int32(len(c.Instrs)))
	for _, in := range c.Instrs {
		w.uint32(in)
	}
	if docHole {
		w.size(len(co.consts))
		w.byte('N')
		w.items(co.consts[1:], false)
	} else {
		w.items(co.consts, true)
	}
	w.blob(c.LineTable)
	w.int32(int32(len(c.ExcTable)))
	for _, e := range c.ExcTable {
		w.uint32(e.Start)
		w.uint32(e.End)
		w.uint32(e.Handler)
		w.uint32(e.Reg)
		if e.Lasti {
			w.byte(1)
		} else {
			w.byte(0)
		}
	}
	if co.cacheIndex != "" { // loaded and never run: still encoded
		w.int32(int32(len(co.cacheIndex)))
		w.buf = append(w.buf, co.cacheIndex...)
	} else {
		idx := make([]byte, 0, len(c.CacheIndex)+8)
		for _, x := range c.CacheIndex {
			idx = binary.AppendUvarint(idx, uint64(x))
		}
		w.blob(idx)
	}
}

// source writes the source text a code object was compiled from, so that
// its CPython view (co_code, dis) still works once loaded from a .pyc whose
// source file is gone (py_compile, compileall). Nested code objects share
// their parent's, so only the outermost one of a dump carries it.
func (w *marshalWriter) source(src *compiler.Source) {
	if src == nil || w.codeDepth != 1 {
		w.byte(0)
		return
	}
	w.byte(1)
	w.blob([]byte(src.Text))
	w.byte(b2u8(src.IsStr))
	w.byte(byte(src.Mode))
	// The optimization level is not recorded: CPython's pycs for two levels
	// are the same bytes when the code is (compileall's dedup hardlinks
	// them), and so must Krait's. The view recompiles at level 0; for code
	// with asserts or docstrings compiled at -O it then finds no match and
	// co_code falls back to Krait's own layout.
	w.int32(0)
	w.uint32(uint32(src.Flags))
}

func b2u8(b bool) byte {
	if b {
		return 1
	}
	return 0
}

// filenameStr returns one str object per file name, so that the nested
// code objects of a module refer to their parent's.
func (w *marshalWriter) filenameStr(name string) *Str {
	if w.lastFile == nil || w.lastFile.S != name {
		w.lastFile = NewStr(name)
	}
	return w.lastFile
}

func (w *marshalWriter) strs(ss []*Str) {
	w.int32(int32(len(ss)))
	for _, s := range ss {
		w.str(s)
	}
}

func (w *marshalWriter) blob(b []byte) {
	w.int32(int32(len(b)))
	w.buf = append(w.buf, b...)
}

// code reads the payload of a code object (after its 'c').
func (r *marshalReader) code() (*Code, *Exception) {
	hdr, err := r.codeHeader() // startup12b_marshal.go
	if err != nil {
		return nil, err
	}
	if uint32(hdr[7]) != codeFormatStamp() {
		return nil, marshalBad("code object of another Krait bytecode format")
	}
	pair := new(loadedCode) // startup10_marshal.go
	c := &pair.c
	*c = compiler.Code{ArgCount: int(hdr[0]), PosOnlyArgCount: int(hdr[1]), KwOnlyArgCount: int(hdr[2]),
		NumRegs: int(hdr[3]), Flags: compiler.CodeFlags(uint32(hdr[4])), FirstLineNo: int(hdr[5]), NumCaches: int(hdr[6])}
	if c.ScopeLine, err = r.int32(); err != nil {
		return nil, err
	}
	if c.ScopeCol, err = r.int32(); err != nil {
		return nil, err
	}
	lists, texts, err := r.strLists()
	if err != nil {
		return nil, err
	}
	c.Names, c.Varnames, c.Cellvars, c.Freevars = texts[0], texts[1], texts[2], texts[3]
	var names [3]*Str
	for i := range names {
		if names[i], err = r.strObject(); err != nil {
			return nil, err
		}
	}
	c.Filename, c.Name, c.QualName = names[0].S, names[1].S, names[2].S
	if err := validateCodeHeader(c); err != nil {
		return nil, err
	}
	cells := lists[2]
	if len(lists[3]) > 0 {
		cells = append(cells[:len(cells):len(cells)], lists[3]...)
	}
	co := initCode(&pair.co, c, nil, lists[0], lists[1], cells, internStr(names[1]), names[2])
	mode, err := r.byte()
	if err != nil {
		return nil, err
	}
	switch mode {
	case 0:
		err = r.codeBody(co)
	case 1:
		err = r.lazyBody(co, &pair.lz) // lazy14_code.go
	default:
		err = marshalBad("code object body")
	}
	if err != nil {
		return nil, err
	}
	src, err := r.source(c.Filename)
	if err != nil {
		return nil, err
	}
	if src != nil {
		co.setSourceTree(src)
	}
	return co, nil
}

// codeBody reads what marshalWriter.codeBody wrote into co, whose header
// and names are read.
func (r *marshalReader) codeBody(co *Code) *Exception {
	c := co.c
	instrRaw, err := r.rawWords()
	if err != nil {
		return err
	}
	consts, err := r.objects()
	if err != nil {
		return err
	}
	lineRaw, err := r.rawBlob()
	if err != nil {
		return err
	}
	if c.ExcTable, err = r.excTable(); err != nil {
		return err
	}
	indexRaw, err := r.checkedCacheIndex(len(instrRaw)/4, c.NumCaches)
	if err != nil {
		return err
	}
	var index string
	c.Instrs, c.LineTable, index = codeArrays(instrRaw, lineRaw, indexRaw) // startup12b_marshal.go
	if err := validateLoadedCode(c); err != nil {
		return err
	}
	co.instrs, co.consts, co.cacheIndex = c.Instrs, consts, index
	return nil
}

// source reads what marshalWriter.source wrote. The text is kept only
// when the code's file is gone: a file that is there is read again when the
// view is needed, and most code loaded never needs it (keeping every
// module's text would cost as much memory as its code).
func (r *marshalReader) source(filename string) (*compiler.Source, *Exception) {
	has, err := r.byte()
	if err != nil || has == 0 {
		return nil, err
	}
	n, err := r.size("bytes object")
	if err != nil {
		return nil, err
	}
	text, err := r.need(n)
	if err != nil {
		return nil, err
	}
	b, err := r.need(10)
	if err != nil {
		return nil, err
	}
	if syntax.Mode(b[1]) > syntax.ModeFuncType {
		return nil, marshalBad("code object source mode")
	}
	if !strings.HasPrefix(filename, "<") {
		if _, err := os.Stat(filename); err == nil {
			return nil, nil
		}
	}
	return &compiler.Source{Text: string(text), IsStr: b[0] != 0, Mode: syntax.Mode(b[1]),
		Optimize: int(int32(binary.LittleEndian.Uint32(b[2:]))), Flags: compiler.FutureFlags(binary.LittleEndian.Uint32(b[6:]))}, nil
}

// setSourceTree gives co and the code objects nested in its constants src,
// unless they have their own.
func (co *Code) setSourceTree(src *compiler.Source) {
	if co.c.Source == nil {
		co.c.Source = src
	}
	for _, k := range co.consts {
		if k.Type() == CodeType {
			ptrOf[Code](k).setSourceTree(src)
		}
	}
}

// objects reads an int32 count and that many objects.
func (r *marshalReader) objects() ([]Value, *Exception) {
	n, err := r.size("tuple")
	if err != nil {
		return nil, err
	}
	if n > len(r.b)-r.pos {
		return nil, marshalEOF("EOF read where object expected")
	}
	out := r.slab.values(n) // imports13_marshal_slab.go
	for i := range out {
		if v, ok := r.constFast(); ok { // startup12b_marshal.go
			out[i] = v
			continue
		}
		v, err := r.object()
		if err != nil {
			return nil, err
		}
		if v.IsNull() {
			return nil, NewTypeError("NULL object in marshal data for tuple")
		}
		out[i] = v
	}
	return out, nil
}

// strObject reads an object that must be a str.
func (r *marshalReader) strObject() (*Str, *Exception) {
	if s := r.nameFast(); s != nil { // startup12b_marshal.go
		return s, nil
	}
	v, err := r.object()
	if err != nil {
		return nil, err
	}
	if v.IsNull() || v.Type() != StrType {
		return nil, marshalBad("code object field is not a str")
	}
	return v.AsStr(), nil
}

// strLists reads the four name lists of a code object (names, varnames,
// cellvars, freevars), each an int32 count and that many str objects. It
// returns them interned and as Go strings, in two allocations: the lists
// are gathered in the reader's scratch space first (used as a stack, since
// a corrupt list could hold a code object).
func (r *marshalReader) strLists() (lists [4][]*Str, texts [4][]string, err *Exception) {
	base := len(r.scratch)
	defer func() { r.scratch = r.scratch[:base] }()
	var ends [4]int
	for i := range ends {
		n, err := r.size("tuple")
		if err != nil {
			return lists, texts, err
		}
		if n > len(r.b)-r.pos {
			return lists, texts, marshalEOF("EOF read where object expected")
		}
		for ; n > 0; n-- {
			s, err := r.strObject()
			if err != nil {
				return lists, texts, err
			}
			r.scratch = append(r.scratch, internStr(s))
		}
		ends[i] = len(r.scratch) - base
	}
	total := ends[3]
	if total == 0 {
		return lists, texts, nil
	}
	strs := r.slab.strPtrs(r.scratch[base:]) // imports13_marshal_slab.go
	all := r.slab.strings(total)
	for i, s := range strs {
		all[i] = s.S
	}
	start := 0
	for i, end := range ends {
		if end > start {
			lists[i], texts[i] = strs[start:end:end], all[start:end:end]
		}
		start = end
	}
	return lists, texts, nil
}

// internStr returns the interned str equal to s.
func internStr(s *Str) *Str {
	if s.interned {
		return s
	}
	return Intern(s.S)
}

// rawBlob reads an int32 count and returns that many bytes of the input
// (not copied).
func (r *marshalReader) rawBlob() ([]byte, *Exception) {
	n, err := r.size("bytes object")
	if err != nil {
		return nil, err
	}
	return r.need(n)
}

func (r *marshalReader) excTable() ([]compiler.ExcEntry, *Exception) {
	n, err := r.size("tuple")
	if err != nil {
		return nil, err
	}
	if n > (len(r.b)-r.pos)/17 {
		return nil, marshalEOF("marshal data too short")
	}
	if n == 0 {
		return nil, nil
	}
	out := make([]compiler.ExcEntry, n)
	for i := range out {
		b := r.b[r.pos:]
		out[i] = compiler.ExcEntry{Start: binary.LittleEndian.Uint32(b), End: binary.LittleEndian.Uint32(b[4:]),
			Handler: binary.LittleEndian.Uint32(b[8:]), Reg: binary.LittleEndian.Uint32(b[12:]), Lasti: b[16] != 0}
		r.pos += 17
	}
	return out, nil
}

// checkedCacheIndex reads the inline cache index, one uvarint per
// instruction word (the entry of an instruction's last word; 0 for the
// others), and checks it against the code's cache count. It returns the
// encoded index, the bytes of the input (not copied): it is decoded when
// the code first runs (most code loaded never does).
func (r *marshalReader) checkedCacheIndex(n, ncaches int) ([]byte, *Exception) {
	size, err := r.size("bytes object")
	if err != nil {
		return nil, err
	}
	b0, err := r.need(size)
	if err != nil {
		return nil, err
	}
	b := b0
	for i := 0; i < n; i++ {
		if k, ok := cacheIndexRun(b, n-i, ncaches); !ok {
			return nil, marshalBad("code object cache index")
		} else if k > 0 {
			b, i = b[k:], i+k
			if i == n {
				break
			}
		}
		if len(b) > 0 && b[0] < 0x80 { // one byte: most entries, all of a small code's
			if int(b[0]) > ncaches {
				return nil, marshalBad("code object cache index")
			}
			b = b[1:]
			continue
		}
		x, k := binary.Uvarint(b)
		if k <= 0 || x > uint64(ncaches) {
			return nil, marshalBad("code object cache index")
		}
		b = b[k:]
	}
	if len(b) != 0 {
		return nil, marshalBad("code object cache index")
	}
	return b0, nil
}

// decodeCacheIndex decodes an index that cacheIndex checked.
func decodeCacheIndex(s string, n int) []uint32 {
	out := make([]uint32, n)
	for i, j := 0, 0; i < n && j < len(s); i++ {
		if c := s[j]; c < 0x80 {
			out[i] = uint32(c)
			j++
			continue
		}
		x, k := uvarintString(s[j:])
		out[i] = uint32(x)
		j += k
	}
	return out
}

// uvarintString is binary.Uvarint on a string.
func uvarintString(s string) (uint64, int) {
	var x uint64
	for i := 0; i < len(s) && i < binary.MaxVarintLen64; i++ {
		c := s[i]
		x |= uint64(c&0x7f) << (7 * i)
		if c < 0x80 {
			return x, i + 1
		}
	}
	return x, len(s)
}

// validateCodeHeader checks the invariants the interpreter relies on when
// it sets up a frame that the header and names of a code object decide,
// so that corrupt data is refused at load time.
func validateCodeHeader(c *compiler.Code) *Exception {
	nparams := c.ArgCount + c.KwOnlyArgCount
	if c.Flags&compiler.CoVarargs != 0 {
		nparams++
	}
	if c.Flags&compiler.CoVarkeywords != 0 {
		nparams++
	}
	nlocals := len(c.Varnames) + len(c.Cellvars) + len(c.Freevars)
	switch {
	case c.ArgCount < 0 || c.PosOnlyArgCount < 0 || c.KwOnlyArgCount < 0 || c.PosOnlyArgCount > c.ArgCount:
		return marshalBad("code object argument counts")
	case nparams > len(c.Varnames):
		return marshalBad("code object argument counts")
	case c.NumRegs < nlocals || c.NumRegs > maxCodeRegs:
		return marshalBad("code object register count")
	case c.NumCaches < 0:
		return marshalBad("code object cache count")
	}
	return nil
}

// validateLoadedCode checks the rest of those invariants once the body
// (instructions and exception table) is read.
func validateLoadedCode(c *compiler.Code) *Exception {
	if c.NumCaches > 8*len(c.Instrs) {
		return marshalBad("code object cache count")
	}
	for _, e := range c.ExcTable {
		if e.Start > e.End || int(e.End) > len(c.Instrs) || int(e.Handler) >= len(c.Instrs) ||
			int(e.Reg) >= c.NumRegs || e.Lasti && int(e.Reg)+1 >= c.NumRegs {
			return marshalBad("code object exception table")
		}
	}
	return nil
}
