// This file writes the Python stacks as faulthandler does, for its fatal
// error handler, its watchdog and its registered signals: without the GIL
// and without calling Python code, reading the frame chains as they are
// at that moment (as CPython's faulthandler, this is not safe in general:
// a thread that is running may change its chain while it is read).

package runtime

import (
	"slices"
	"strconv"
	"strings"
)

// The limits of CPython's traceback dumps (Python/traceback.c).
const (
	dumpMaxString  = 500
	dumpMaxFrames  = 100
	dumpMaxThreads = 100
)

// DumpTracebacks renders the stacks: the current thread's alone under
// "Stack (most recent call first):" unless allThreads, else every thread's,
// newest first, the current one (nil for none) named "Current thread".
func DumpTracebacks(allThreads bool, current *Thread) string {
	var b strings.Builder
	if !allThreads {
		th := current
		if th == nil {
			th = mainThread
		}
		b.WriteString("Stack (most recent call first):\n")
		dumpFrames(&b, th.cur)
		return b.String()
	}
	threads := append(otherThreads(), mainThread)
	slices.SortFunc(threads, func(x, y *Thread) int {
		switch {
		case x.ident > y.ident:
			return -1
		case x.ident < y.ident:
			return 1
		}
		return 0
	})
	for i, th := range threads {
		if i == dumpMaxThreads {
			b.WriteString("...\n")
			break
		}
		if i > 0 {
			b.WriteString("\n")
		}
		if th == current {
			b.WriteString("Current thread 0x")
		} else {
			b.WriteString("Thread 0x")
		}
		h := strconv.FormatUint(uint64(th.ident), 16)
		b.WriteString(strings.Repeat("0", max(0, 16-len(h))) + h)
		b.WriteString(" (most recent call first):\n")
		dumpFrames(&b, th.cur)
	}
	return b.String()
}

// CurrentThreadOrNil is the thread holding the GIL, as faulthandler marks
// it in a dump.
func CurrentThreadOrNil() *Thread { return curThread }

func dumpFrames(b *strings.Builder, f *frame) {
	if f == nil {
		b.WriteString("  <no Python frame>\n")
		return
	}
	for depth := 0; f != nil; depth++ {
		if depth == dumpMaxFrames {
			b.WriteString("  ...\n")
			return
		}
		b.WriteString("  File \"")
		dumpASCII(b, f.code.c.Filename)
		b.WriteString("\", line ")
		if line := f.code.Line(f.lasti); line > 0 {
			b.WriteString(strconv.Itoa(line))
		} else {
			b.WriteString("???")
		}
		b.WriteString(" in ")
		dumpASCII(b, f.code.name.S)
		b.WriteString("\n")
		f = f.back
	}
}

// dumpASCII writes s as _Py_DumpASCII does: printable ASCII as is, other
// code points escaped, and "..." after 500 of them.
func dumpASCII(b *strings.Builder, s string) {
	n := 0
	for _, c := range codePoints(s) {
		if n == dumpMaxString {
			b.WriteString("...")
			return
		}
		n++
		switch {
		case c >= ' ' && c <= 126:
			b.WriteByte(byte(c))
		case c <= 0xff:
			b.WriteString("\\x" + hexPad(c, 2))
		case c <= 0xffff:
			b.WriteString("\\u" + hexPad(c, 4))
		default:
			b.WriteString("\\U" + hexPad(c, 8))
		}
	}
}

func hexPad(c rune, width int) string {
	h := strconv.FormatInt(int64(c), 16)
	return strings.Repeat("0", max(0, width-len(h))) + h
}

// DumpExtensionModules is the "Extension modules:" line CPython's fatal
// error handler adds: the native modules in sys.modules whose names are
// not in sys.stdlib_module_names; "" when there are none.
func DumpExtensionModules() string {
	stdlib, _ := sysGet("stdlib_module_names").TrySet()
	var names []string
	for pos := 0; ; {
		k, _, ok := sysModules.Next(&pos)
		if !ok {
			break
		}
		s, ok := k.TryStr()
		if !ok || !isNativeModuleName(s.S) {
			continue
		}
		if stdlib != nil {
			if in, _ := stdlib.Contains(k); in {
				continue
			}
		}
		names = append(names, s.S)
	}
	if len(names) == 0 {
		return ""
	}
	return "\nExtension modules: " + strings.Join(names, ", ") + " (total: " + strconv.Itoa(len(names)) + ")\n"
}

func isNativeModuleName(name string) bool {
	if name == "sys" || name == "builtins" {
		return true
	}
	moduleDefsMu.Lock()
	defer moduleDefsMu.Unlock()
	_, ok := moduleDefs[name]
	return ok
}
