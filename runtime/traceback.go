// This file defines traceback and frame objects and the printing of an
// uncaught exception as CPython 3.11 prints it: chained exceptions, the
// source line of each entry and the ^~~ carets under the failing span,
// collapsed recursion, and the final "Type: message" line.

package runtime

import (
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
	"weak"

	op "krait/compiler"
	"krait/internal/nopoll"
	"krait/syntax"
)

// TracebackType and FrameType are Python's traceback and frame types.
var (
	TracebackType = newBuiltinType("traceback", ObjectType, 0)
	FrameType     = newBuiltinType("frame", ObjectType, 0)
)

// Frame is a materialized frame object.
type Frame struct {
	Header
	code    *Code
	globals *Dict
	back    *Frame
	lineno  int
	lasti   int
	// lineLazy says lineno is still to be computed from lasti (lineNo).
	lineLazy bool
	live     *frame // the interpreter frame, while fo is its object (liveFrame)
	// genLive is live for a generator's frame, held weakly: the generator
	// holds fo (and its exception's traceback does), so a strong pointer
	// back would make a cycle through the generator's finalizer, which Go
	// never collects.
	genLive weak.Pointer[frame]
	tr      *frameTrace // f_trace and the tracing state (trace_eval.go)
	saved   []Value     // the fast locals and cells when an exception left the frame
}

func init() {
	TracebackType.getsets = []GetSetDef{
		{Name: "tb_next", Get: func(v Value) (Value, *Exception) {
			if n := ptrOf[Traceback](v).Next; n != nil {
				return ValueOf(n), nil
			}
			return None, nil
		}, Set: traceback_set_next},
		{Name: "tb_frame", Get: func(v Value) (Value, *Exception) { return ValueOf(ptrOf[Traceback](v).Frame), nil }},
		{Name: "tb_lineno", Get: func(v Value) (Value, *Exception) { return Int(int64(ptrOf[Traceback](v).Line())), nil }},
		{Name: "tb_lasti", Get: func(v Value) (Value, *Exception) {
			if tb := ptrOf[Traceback](v); tb.given != 0 {
				return Int(int64(tb.given - 1)), nil
			}
			tb := ptrOf[Traceback](v)
			if tb.Frame != nil && tb.Frame.code != nil {
				return Int(int64(tb.Frame.code.tbLasti(tb.Lasti))), nil
			}
			return Int(int64(tb.Lasti * 2)), nil
		}},
	}
	FrameType.methods = []Method{
		{Name: "clear", Flags: MethNoArgs, Fn: frame_clear},
	}
	FrameType.Repr = frame_repr
	FrameType.getsets = []GetSetDef{
		{Name: "f_lasti", Get: frame_getlasti},
		{Name: "f_locals", Get: frame_getlocals},
		{Name: "f_trace_lines", Get: frame_gettracelines, Set: frame_settracelines},
		{Name: "f_trace_opcodes", Get: frame_gettraceopcodes, Set: frame_settraceopcodes},
		{Name: "f_builtins", Get: func(v Value) (Value, *Exception) {
			g := ptrOf[Frame](v).globals
			return builtinsValue(g, builtinsOf(g)), nil
		}},
		{Name: "f_trace", Get: frame_gettrace, Set: frame_settrace},
		{Name: "f_code", Get: func(v Value) (Value, *Exception) { return ValueOf(ptrOf[Frame](v).code), nil }},
		{Name: "f_globals", Get: func(v Value) (Value, *Exception) { return ValueOf(ptrOf[Frame](v).globals), nil }},
		{Name: "f_lineno", Get: frame_getlineno, Set: frame_setlineno},
		{Name: "f_back", Get: func(v Value) (Value, *Exception) {
			if b := ptrOf[Frame](v).back; b != nil {
				return ValueOf(b), nil
			}
			return None, nil
		}},
	}
}

// sourceCache holds the lines of files read for tracebacks.
var sourceCache = map[string][]string{}

// sourceLine returns line n (1-based) of file, or "".
func sourceLine(file string, n int) string {
	lines, ok := sourceCache[file]
	if !ok {
		if data, err := nopoll.ReadFile(file); err == nil {
			lines = strings.SplitAfter(string(data), "\n")
		}
		sourceCache[file] = lines
	}
	if n < 1 || n > len(lines) {
		return ""
	}
	return strings.TrimRight(lines[n-1], "\r\n")
}

// SetSource registers the text of a file that is not on disk (-c code).
func SetSource(file, src string) { sourceCache[file] = strings.SplitAfter(src, "\n") }

// PrintException writes the traceback of e and its chain, as sys.excepthook.
func PrintException(w io.Writer, e *Exception) {
	printChain(&excPrinter{w: w, seen: map[*Exception]bool{}}, e)
}

// excPrinter is the state of printing an exception: the exceptions
// already printed and, inside an exception group, the nesting depth that
// indents every line behind a "| " margin.
type excPrinter struct {
	w         io.Writer
	seen      map[*Exception]bool
	depth     int
	needClose bool
}

// margin is the indentation and margin of a line at the current depth.
func (p *excPrinter) margin() string {
	if p.depth == 0 {
		return ""
	}
	return strings.Repeat(" ", 2*p.depth) + "| "
}

// lines returns a writer that puts the margin before every line.
func (p *excPrinter) lines() io.Writer {
	if p.depth == 0 {
		return p.w
	}
	return &marginWriter{w: p.w, margin: p.margin(), bol: true}
}

func printChain(p *excPrinter, e *Exception) {
	p.seen[e] = true
	if c := e.Cause; c != nil && !p.seen[c] {
		printChained(p, c, "The above exception was the direct cause of the following exception:")
	} else if c := e.Context; c != nil && !e.SuppressContext && !p.seen[c] {
		printChained(p, c, "During handling of the above exception, another exception occurred:")
	}
	if e.typ.IsSubtype(BaseExceptionGroupType) {
		printExceptionGroup(p, e)
		return
	}
	printOne(p, e, "Traceback (most recent call last):\n", p.margin())
}

func printChained(p *excPrinter, c *Exception, msg string) {
	needClose := p.needClose
	printChain(p, c)
	p.needClose = needClose
	m := p.margin()
	fmt.Fprintf(p.w, "%s\n%s%s\n%s\n", m, m, msg, m)
}

// printOne prints the traceback of e under header (behind headerMargin)
// and its last line.
func printOne(p *excPrinter, e *Exception, header, headerMargin string) {
	if tb, ok := limitTraceback(e.Traceback); ok {
		fmt.Fprint(p.w, headerMargin+header)
		printTraceback(p.lines(), tb)
	}
	only := formatExceptionOnly(e)
	if p.depth == 0 {
		fmt.Fprint(p.w, only)
		return
	}
	// The message itself is written as is; each note line gets the margin.
	first, msgLines := only, 1
	if s, err := StrOf(e.Value()); err == nil {
		msgLines = strings.Count(s.S, "\n") + 1
	}
	idx := 0
	for i := 0; i < msgLines && idx < len(only); i++ {
		if j := strings.IndexByte(only[idx:], '\n'); j >= 0 {
			idx += j + 1
		} else {
			idx = len(only)
		}
	}
	first = only[:idx]
	fmt.Fprint(p.w, p.margin()+first)
	fmt.Fprint(p.lines(), only[idx:])
}

// limitTraceback applies sys.tracebacklimit as CPython's PyTraceBack_Print:
// an int limit keeps only the last limit entries, and one <= 0 prints no
// traceback at all (ok false, as for no traceback).
func limitTraceback(tb *Traceback) (*Traceback, bool) {
	if tb == nil || sysModule == nil {
		return tb, tb != nil
	}
	v, found := sysModule.Dict.GetStr(Intern("tracebacklimit"))
	if !found {
		return tb, true
	}
	limit, big, ok := intValue(v)
	switch {
	case !ok:
		return tb, true
	case big != nil:
		return tb, big.Sign() > 0
	case limit <= 0:
		return nil, false
	}
	depth := int64(0)
	for t := tb; t != nil; t = t.Next {
		depth++
	}
	for ; depth > limit; depth-- {
		tb = tb.Next
	}
	return tb, true
}

// marginWriter writes margin at the start of every line.
type marginWriter struct {
	w      io.Writer
	margin string
	bol    bool
}

func (m *marginWriter) Write(b []byte) (int, error) {
	var out []byte
	for _, c := range b {
		if m.bol {
			out = append(out, m.margin...)
		}
		out = append(out, c)
		m.bol = c == '\n'
	}
	_, err := m.w.Write(out)
	return len(b), err
}

// printTraceback prints the entries, collapsing runs of the same line.
func printTraceback(w io.Writer, tb *Traceback) {
	const cutoff = 3
	var lastFile, lastName string
	lastLine, count := -1, 0
	flush := func() {
		if count > cutoff {
			n := count - cutoff
			s := "s"
			if n == 1 {
				s = ""
			}
			fmt.Fprintf(w, "  [Previous line repeated %d more time%s]\n", n, s)
		}
	}
	for ; tb != nil; tb = tb.Next {
		co := tb.Frame.code
		file, name, line := co.c.Filename, co.name.S, tb.Line()
		if file == lastFile && line == lastLine && name == lastName {
			count++
			if count > cutoff {
				continue
			}
		} else {
			flush()
			lastFile, lastLine, lastName, count = file, line, name, 1
		}
		fmt.Fprintf(w, "  File \"%s\", line %d, in %s\n", file, line, name)
		printSourceLine(w, co, tb.Lasti, line)
	}
	flush()
}

// printSourceLine prints the source line of an entry with its carets.
func printSourceLine(w io.Writer, co *Code, lasti, lineno int) {
	if lineno < 1 {
		return
	}
	orig := sourceLine(co.c.Filename, lineno)
	stripped := strings.TrimSpace(orig)
	if stripped == "" {
		return
	}
	fmt.Fprintf(w, "    %s\n", stripped)
	pos := co.c.PositionAt(lasti)
	if pos.Col < 0 || pos.EndCol < 0 || pos.Line != int32(lineno) {
		return
	}
	leading := len([]rune(orig)) - len([]rune(strings.TrimLeft(orig, " \t\f")))
	start := charOffset(orig, int(pos.Col))
	end := charOffset(orig, int(pos.EndCol))
	var anchors *caretAnchors
	if pos.EndLine == pos.Line {
		anchors = caretAnchorsOf(sliceRunes(orig, start, end))
	} else {
		end = leading + len([]rune(stripped))
	}
	strippedLen := len([]rune(stripped))
	if end-start < strippedLen || (anchors != nil && anchors.right-anchors.left > 0) {
		var b strings.Builder
		b.WriteString("    ")
		b.WriteString(strings.Repeat(" ", max(0, start-leading)))
		if anchors != nil {
			b.WriteString(strings.Repeat("~", anchors.left))
			b.WriteString(strings.Repeat("^", anchors.right-anchors.left))
			b.WriteString(strings.Repeat("~", max(0, end-start-anchors.right)))
		} else {
			b.WriteString(strings.Repeat("^", max(0, end-start)))
		}
		fmt.Fprintln(w, b.String())
	}
}

// charOffset converts a UTF-8 byte offset in s to a code point offset.
func charOffset(s string, off int) int {
	if off > len(s) {
		off = len(s)
	}
	return utf8.RuneCountInString(s[:off])
}

func sliceRunes(s string, start, end int) string {
	r := []rune(s)
	if start > len(r) {
		start = len(r)
	}
	if end > len(r) {
		end = len(r)
	}
	if end < start {
		end = start
	}
	return string(r[start:end])
}

type caretAnchors struct{ left, right int }

// caretAnchorsOf finds the operator of a binary operation or the brackets
// of a subscript in the segment, as traceback.py's
// _extract_caret_anchors_from_line_segment.
func caretAnchorsOf(segment string) *caretAnchors {
	res, err := syntax.ParseString(segment, "<string>", syntax.ModeExec)
	if err != nil {
		return nil
	}
	mod, ok := res.Tree.(*syntax.Module)
	if !ok || len(mod.Body) != 1 {
		return nil
	}
	es, ok := mod.Body[0].(*syntax.ExprStmt)
	if !ok {
		return nil
	}
	norm := func(off int) int { return charOffset(segment, off) }
	switch x := es.Value.(type) {
	case *syntax.BinOp:
		opStart := norm(x.Left.GetPos().EndColOffset)
		opEnd := norm(x.Right.GetPos().ColOffset)
		rs := []rune(segment)
		opStr := string(rs[opStart:opEnd])
		offset := len([]rune(opStr)) - len([]rune(strings.TrimLeft(opStr, " \t\n\f\r\v")))
		left := x.Left.GetPos().EndColOffset + offset
		right := left + 1
		ors := []rune(opStr)
		if offset+1 < len(ors) && !isSpaceRune(ors[offset+1]) {
			right++
		}
		return &caretAnchors{norm(left), norm(right)}
	case *syntax.Subscript:
		return &caretAnchors{norm(x.Value.GetPos().EndColOffset), norm(x.Slice.GetPos().EndColOffset + 1)}
	}
	return nil
}

func isSpaceRune(r rune) bool {
	return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v'
}

// formatExceptionOnly is the last line(s): "module.Type: message\n".
func formatExceptionOnly(e *Exception) string {
	t := e.typ
	name := t.Qualname
	if mod := typeModule(t); mod != "" && mod != "builtins" && mod != "__main__" {
		name = mod + "." + name
	}
	var b strings.Builder
	var s string
	if block, m, ok := syntaxErrorBlock(e); ok {
		b.WriteString(block)
		s = m
	} else if msg, err := StrOf(e.Value()); err != nil {
		s = "<exception str() failed>"
	} else {
		s = msg.S
	}
	s += suggestionFor(e)
	if s == "" {
		b.WriteString(name + "\n")
	} else {
		b.WriteString(name + ": " + s + "\n")
	}
	for _, n := range e.NoteValues() {
		if ns, ok := n.TryStr(); ok {
			b.WriteString(ns.S + "\n")
		}
	}
	return b.String()
}

// traceback_set_next assigns tb_next (unittest trims its own frames this
// way): None or a traceback that does not lead back to this one.
func traceback_set_next(v, x Value) *Exception {
	if x.IsNull() {
		return NewTypeError("can't delete tb_next attribute")
	}
	tb := ptrOf[Traceback](v)
	if x.IsNone() {
		tb.Next = nil
		return nil
	}
	if x.Type() != TracebackType {
		return NewTypeError("expected traceback object or None, got '%s'", x.Type().Name)
	}
	next := ptrOf[Traceback](x)
	for c := next; c != nil; c = c.Next {
		if c == tb {
			return NewValueError("traceback loop detected")
		}
	}
	tb.Next = next
	return nil
}

// frameReraiseLine gives f's frame object the line of the instruction at
// the saved lasti a re-raising cleanup handler restores (CPython's RERAISE
// with oparg sets the frame's instruction back), so that f_lineno of a
// frame the exception then leaves is the handler's last line.
func frameReraiseLine(f *frame, lasti Value) {
	n, big, ok := intValue(lasti)
	if !ok || big != nil || int(n) >= len(f.code.instrs) {
		return
	}
	if in := op.Decode(f.code.instrs, int(n)); in.Op == op.RERAISE && in.B != 0 {
		// That RERAISE restored an earlier instruction already (CPython's
		// then saved lasti is the restored one): keep its line.
		return
	}
	if l := f.code.Line(int(n)); l >= 0 {
		f.obj.lineno, f.obj.lasti, f.obj.lineLazy = l, int(n), false
	}
}
