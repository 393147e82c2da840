// This file defines the CPython view of a code object: co_code,
// co_consts, co_names, co_linetable, co_exceptiontable, co_positions() and
// the rest as CPython 3.11 compiles the same source (compiler/cpyview), so
// that dis, inspect and modulefinder work. The view is computed the first
// time one of these attributes is read, by compiling the source again
// (re-read from co_filename, or kept by compile() for strings); execution
// never uses it. Once a code object has a view, f_lasti and tb_lasti are
// offsets into its co_code, so that tracebacks read the right positions.

package runtime

import (
	"os"
	"strings"
	"sync"
	"weak"

	"krait/compiler"
	"krait/compiler/cpyview"
	"krait/internal/nopoll"
	"krait/syntax"
)

// codeView is the CPython form of one code object; cpy is nil when the
// source cannot be found or compiled again.
type codeView struct {
	cpy    *cpyview.Code
	consts []Value
	names  []Value
	pos    []compiler.Position // one per code unit
	mu     sync.Mutex
	extra  []compiler.Position // positions of Krait instructions that have no equal in pos
	lasti  map[int]int         // Krait pc → CPython code unit
}

var unavailableView = &codeView{}

// viewCache keeps the last compiled sources, since every function of a
// module asks for its view separately.
var viewCache struct {
	sync.Mutex
	keys  []string
	roots []*cpyview.Code
}

const viewCacheSize = 4

// loadedView returns co's view if it has been computed.
func (co *Code) loadedView() *codeView {
	v := co.loadView()
	if v == nil || v.cpy == nil {
		return nil
	}
	return v
}

// cpyView returns co's view, computing it on first use (nil if none).
func (co *Code) cpyView() *codeView {
	co.load() // lazy14_code.go: a view stands for the whole code
	if v := co.loadView(); v != nil {
		if v.cpy == nil {
			return nil
		}
		return v
	}
	cpy := co.findCPyCode()
	if cpy == nil {
		co.initView(unavailableView)
		return co.cpyView()
	}
	co.setView(cpy)
	return co.cpyView()
}

// setView installs the view of cpy, unless co already has one.
func (co *Code) setView(cpy *cpyview.Code) {
	co.load()
	v := &codeView{cpy: cpy}
	v.pos, _ = decodeLinetable(cpy.LineTable, cpy.FirstLineNo)
	if n := len(cpy.Bytecode) / 2; len(v.pos) != n {
		v.pos = append(v.pos[:min(len(v.pos), n)], make([]compiler.Position, max(0, n-len(v.pos)))...)
	}
	v.names = make([]Value, len(cpy.Names))
	for i, n := range cpy.Names {
		v.names[i] = ValueOf(Intern(n))
	}
	v.consts = make([]Value, len(cpy.Consts))
	for i, k := range cpy.Consts {
		if sub, ok := k.(*cpyview.Code); ok {
			v.consts[i] = ValueOf(co.nestedCode(sub))
		} else {
			v.consts[i] = constValue(k)
		}
	}
	co.initView(v)
}

// nestedCode returns the code object of co's constants that sub is the
// view of (giving it sub as its view), or a new code object for sub.
func (co *Code) nestedCode(sub *cpyview.Code) *Code {
	for _, k := range co.consts {
		if k.Type() != CodeType {
			continue
		}
		kc := ptrOf[Code](k)
		c := kc.c
		if c.Name == sub.Name && c.FirstLineNo == sub.FirstLineNo &&
			(c.ScopeLine == 0 || int(c.ScopeLine) == sub.ScopeLine && int(c.ScopeCol) == sub.ScopeCol) {
			kc.setView(sub)
			return kc
		}
	}
	nc := NewCode(&compiler.Code{Name: sub.Name, QualName: sub.QualName, Filename: co.c.Filename,
		FirstLineNo: sub.FirstLineNo, Flags: sub.Flags, ArgCount: sub.ArgCount,
		PosOnlyArgCount: sub.PosOnlyArgCount, KwOnlyArgCount: sub.KwOnlyArgCount,
		Varnames: sub.Varnames, Cellvars: sub.Cellvars, Freevars: sub.Freevars})
	nc.setView(sub)
	return nc
}

// findCPyCode compiles co's source the CPython way and finds co in it.
func (co *Code) findCPyCode() *cpyview.Code {
	root := co.cpyRoot()
	if root == nil {
		return nil
	}
	c := co.c
	var found *cpyview.Code
	if c.ScopeLine == 0 && c.QualName == "<module>" {
		found = root
	} else {
		found = cpyview.Find(root, int(c.ScopeLine), int(c.ScopeCol), c.QualName, c.FirstLineNo)
	}
	if found == nil || found.Name != c.Name || found.Unsupported != "" {
		return nil
	}
	return found
}

// cpyRoot returns the CPython compilation of the whole source co came from.
func (co *Code) cpyRoot() *cpyview.Code {
	src := co.c.Source
	if src == nil {
		if _, err := os.Stat(co.c.Filename); err != nil {
			src = sourceByName(co.c.Filename)
		}
	}
	var key string
	var text []byte
	mode, optimize := syntax.ModeExec, SysConfig.Flags.Optimize
	flags := compiler.FutureFlags(co.flags & compileFutureMask)
	if src != nil {
		key = "\x00" + src.Text
		text = []byte(src.Text)
		mode, optimize, flags = src.Mode, src.Optimize, src.Flags
	} else {
		b, ok := frozenViewSource(co.c.Filename) // lead14_frozenview.go
		if !ok {
			if co.c.Filename == "" || strings.HasPrefix(co.c.Filename, "<") {
				return nil
			}
			var err error
			if b, err = nopoll.ReadFile(co.c.Filename); err != nil {
				return nil
			}
		}
		key, text = co.c.Filename+"\x00"+string(b), b
	}
	key += string(rune('0' + optimize))
	viewCache.Lock()
	for i, k := range viewCache.keys {
		if k == key {
			r := viewCache.roots[i]
			viewCache.Unlock()
			return r
		}
	}
	viewCache.Unlock()
	root, err := cpyview.Compile(text, src != nil && src.IsStr, co.c.Filename, mode, optimize, flags)
	if err != nil {
		return nil
	}
	viewCache.Lock()
	viewCache.keys = append(viewCache.keys, key)
	viewCache.roots = append(viewCache.roots, root)
	if len(viewCache.keys) > viewCacheSize {
		viewCache.keys, viewCache.roots = viewCache.keys[1:], viewCache.roots[1:]
	}
	viewCache.Unlock()
	return root
}

// cpyLasti maps Krait instruction pc of co to a CPython code unit offset in
// bytes, when co has a view (else pc*2).
func (co *Code) cpyLasti(pc int) int {
	v := co.loadedView()
	if v == nil || pc < 0 {
		return pc * 2
	}
	v.mu.Lock()
	defer v.mu.Unlock()
	if i, ok := v.lasti[pc]; ok {
		return 2 * i
	}
	p := co.c.PositionAt(pc)
	i := -1
	for j, q := range v.pos {
		if q == p {
			i = j
			break
		}
	}
	if i < 0 {
		i = len(v.pos) + len(v.extra)
		v.extra = append(v.extra, p)
	}
	if v.lasti == nil {
		v.lasti = map[int]int{}
	}
	v.lasti[pc] = i
	return 2 * i
}

// tbLasti is a traceback's tb_lasti: it computes the view first, since
// its readers pair it with co_lines() or co_code, which do (pdb's
// lasti2lineno reads tb_lasti, then co_lines; dis.distb). f_lasti stays
// lazy: inspect.stack() pairs it with co_positions(), which is lazy too,
// and computing the view of every frame on the stack is costly.
func (co *Code) tbLasti(pc int) int {
	co.cpyView()
	return co.cpyLasti(pc)
}

// viewPositions returns the positions co_positions() yields for a view.
func (v *codeView) positions() []compiler.Position {
	v.mu.Lock()
	defer v.mu.Unlock()
	return append(append([]compiler.Position(nil), v.pos...), v.extra...)
}

func code_co_code(v Value) (Value, *Exception) {
	co := ptrOf[Code](v)
	if cv := co.cpyView(); cv != nil {
		return NewBytes(cv.cpy.Bytecode), nil
	}
	return Value{}, NewAttributeError("'code' object has no attribute 'co_code' (Krait could not compile its source again)")
}

func code_co_exceptiontable(v Value) (Value, *Exception) {
	if cv := ptrOf[Code](v).cpyView(); cv != nil {
		return NewBytes(cv.cpy.ExcTable), nil
	}
	return NewBytes(nil), nil
}

func code_co_stacksize(v Value) (Value, *Exception) {
	if cv := ptrOf[Code](v).cpyView(); cv != nil {
		return Int(int64(cv.cpy.StackSize)), nil
	}
	return Int(int64(ptrOf[Code](v).c.NumRegs)), nil
}

// code_co_lnotab is the deprecated line number table, derived from
// co_lines() as CPython's decode_linetable does.
func code_co_lnotab(v Value) (Value, *Exception) {
	co := ptrOf[Code](v)
	var out []byte
	prevLine, prevOff := co.c.FirstLineNo, 0
	for _, r := range co.lineRanges() {
		if r.line < 0 || r.line == prevLine {
			continue
		}
		bdelta, ldelta := r.start-prevOff, r.line-prevLine
		for bdelta > 255 {
			out = append(out, 255, 0)
			bdelta -= 255
		}
		for ldelta > 127 {
			out = append(out, byte(bdelta), 127)
			bdelta, ldelta = 0, ldelta-127
		}
		for ldelta < -128 {
			out = append(out, byte(bdelta), 0x80)
			bdelta, ldelta = 0, ldelta+128
		}
		out = append(out, byte(bdelta), byte(int8(ldelta)))
		prevLine, prevOff = r.line, r.start
	}
	return NewBytes(out), nil
}

type lineRange struct{ start, end, line int }

// lineRanges returns co_lines(): for a view, one range per location table
// entry (CPython 3.11 does not merge entries of the same line); else
// ranges of Krait instruction words with one line each.
func (co *Code) lineRanges() []lineRange {
	var out []lineRange
	if cv := co.cpyView(); cv != nil {
		return viewLineRanges(cv.cpy.LineTable, co.c.FirstLineNo)
	}
	ps := co.c.Positions()
	start := 0
	for i := 1; i <= len(ps); i++ {
		if i < len(ps) && ps[i].Line == ps[start].Line {
			continue
		}
		out = append(out, lineRange{2 * start, 2 * i, int(ps[start].Line)})
		start = i
	}
	return out
}

// viewLineRanges walks a 3.11 location table entry by entry.
func viewLineRanges(b []byte, firstLine int) []lineRange {
	var out []lineRange
	line, off := firstLine, 0
	i := 0
	varint := func() int {
		v, s := 0, 0
		for i < len(b) {
			x := b[i]
			i++
			v |= int(x&63) << s
			s += 6
			if x&64 == 0 {
				break
			}
		}
		return v
	}
	svarint := func() int {
		u := varint()
		if u&1 != 0 {
			return -(u >> 1)
		}
		return u >> 1
	}
	for i < len(b) {
		first := b[i]
		i++
		code, n := int(first>>3)&15, int(first&7)+1
		l := line
		switch {
		case code == 15:
			l = -1
		case code == 14:
			line += svarint()
			l = line
			varint()
			varint()
			varint()
		case code == 13:
			line += svarint()
			l = line
		case code >= 10:
			line += code - 10
			l = line
			i += 2
		default:
			i++
		}
		out = append(out, lineRange{2 * off, 2 * (off + n), l})
		off += n
	}
	return out
}

// code_varname_from_oparg is code._varname_from_oparg(i), the name of
// local-plus slot i, which dis uses for LOAD_FAST, LOAD_DEREF and the like.
func code_varname_from_oparg(self Value, a []Value) (Value, *Exception) {
	n, err := indexToInt(a[0], "")
	if err != nil {
		return Value{}, err
	}
	co := ptrOf[Code](self)
	var names []string
	if cv := co.cpyView(); cv != nil {
		names = cv.cpy.LocalsPlusNames
	} else {
		names = append(append(append([]string(nil), co.c.Varnames...), co.c.Cellvars...), co.c.Freevars...)
	}
	if n < 0 || int(n) >= len(names) {
		return Value{}, NewIndexError("tuple index out of range")
	}
	return ValueOf(Intern(names[n])), nil
}

func init() {
	get := func(name string, f func(Value) (Value, *Exception)) GetSetDef {
		return GetSetDef{Name: name, Get: f}
	}
	CodeType.getsets = append(CodeType.getsets,
		get("co_code", code_co_code), get("_co_code_adaptive", code_co_code),
		get("co_exceptiontable", code_co_exceptiontable), get("co_stacksize", code_co_stacksize),
		get("co_lnotab", code_co_lnotab))
	CodeType.methods = append(CodeType.methods,
		Method{Name: "_varname_from_oparg", Sig: "oparg", Fn: code_varname_from_oparg})
}

// keepSource records the source of a compile() call in co, so that the
// view compiles the very text compile() saw (the file may change or go away:
// py_compile writes a .pyc that may outlive its source, and marshal keeps
// the text with the code for that reason).
func keepSource(co *Code, src Value, filename string, mode syntax.Mode, opts compiler.Options) {
	if str, ok := src.TryStr(); ok {
		keepSourceText(co, str.S, true, mode, opts)
	} else if b, ok := bytesLike(src); ok {
		keepSourceText(co, string(b), false, mode, opts)
	}
}

// keepSourceText records the source text of co (a str if isStr).
func keepSourceText(co *Code, text string, isStr bool, mode syntax.Mode, opts compiler.Options) {
	src := &compiler.Source{Text: text, IsStr: isStr, Mode: mode, Optimize: opts.Optimize, Flags: opts.Flags}
	compiler.SetSource(co.c, src)
	if co.c.Filename == "" || strings.HasPrefix(co.c.Filename, "<") {
		sourcesByName.Store(co.c.Filename, weak.Make(src))
	}
}

// sourcesByName maps the file name of a compile() call that kept its text
// to that text, while some code object still holds it: a copy of such code
// made by marshal finds its source there.
var sourcesByName sync.Map // string → weak.Pointer[compiler.Source]

func sourceByName(filename string) *compiler.Source {
	if w, ok := sourcesByName.Load(filename); ok {
		return w.(weak.Pointer[compiler.Source]).Value()
	}
	return nil
}
