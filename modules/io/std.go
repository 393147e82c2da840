// This file defines NewStdStreams, which builds sys.stdin, sys.stdout and
// sys.stderr as CPython's create_stdio does (TextIOWrapper over a buffered
// FileIO on fds 0, 1 and 2), and WriteString, the Go fast path for print().

package pyio

import (
	"os"
	"strings"
	"syscall"

	rt "krait/runtime"
)

// stdioEncoding returns the encoding and errors of stdin and stdout from
// PYTHONIOENCODING ("encoding[:errors]", ignored under -E and -I) or the
// locale, as CPython 3.11.
func stdioEncoding() (enc, errors string) {
	enc, errors = "utf-8", "surrogateescape"
	if rt.SysConfig.Flags.IgnoreEnvironment != 0 {
		return enc, errors
	}
	if v := os.Getenv("PYTHONIOENCODING"); v != "" {
		e, er, hasErr := strings.Cut(v, ":")
		if e != "" {
			enc, errors = canonicalEncoding(e), "strict"
		}
		if hasErr && er != "" {
			errors = er
		}
	}
	return enc, errors
}

// canonicalEncoding is codecs.lookup(name).name for the common codecs.
func canonicalEncoding(name string) string {
	switch n := normEncoding(name); n {
	case "utf_8", "utf8", "u8", "utf", "cp65001":
		return "utf-8"
	case "latin_1", "latin1", "latin", "l1", "iso8859_1", "iso_8859_1", "8859", "cp819", "iso8859":
		return "iso8859-1"
	case "ascii", "us_ascii", "646", "us":
		return "ascii"
	case "utf_16", "utf16":
		return "utf-16"
	case "utf_32", "utf32":
		return "utf-32"
	default:
		return strings.ReplaceAll(n, "_", "-")
	}
}

// NewStdStreams returns new sys.stdin, sys.stdout and sys.stderr objects:
// TextIOWrapper over BufferedReader/BufferedWriter over FileIO(fd,
// closefd=False) named '<stdin>', '<stdout>', '<stderr>', with stdout
// line-buffered on a terminal, stderr always line-buffered with
// errors='backslashreplace', and newline='\n'. unbuffered (python -u)
// makes stdout and stderr write through.
func NewStdStreams(unbuffered bool) (stdin, stdout, stderr rt.Value, err *rt.Exception) {
	initTypes()
	enc, errors := stdioEncoding()
	if stdin, err = newStdStream(0, "<stdin>", false, enc, errors, unbuffered); err != nil {
		return
	}
	if stdout, err = newStdStream(1, "<stdout>", true, enc, errors, unbuffered); err != nil {
		return
	}
	stderr, err = newStdStream(2, "<stderr>", true, enc, "backslashreplace", unbuffered)
	return
}

func newStdStream(fd int, name string, write bool, enc, errors string, unbuffered bool) (rt.Value, *rt.Exception) {
	if rt.StdFdClosed(fd) { // runtime/compat17b_closedfd.go
		syscall.Close(fd) // the /dev/null Go's runtime put there
		return rt.None, nil
	}
	mode, rawMode := "r", "rb"
	if write {
		mode, rawMode = "w", "wb"
	}
	raw, err := rt.Call(fileioType.Value(), []rt.Value{rt.Int(int64(fd)), rt.StrValue(rawMode), rt.False}, nil)
	if err != nil {
		return rt.Value{}, err
	}
	if err := rt.SetAttr(raw, rt.Intern("name"), rt.StrValue(name)); err != nil {
		return rt.Value{}, err
	}
	var buf rt.Value
	if unbuffered && write {
		buf = raw
	} else {
		bt := bufferedReaderType
		if write {
			bt = bufferedWriterType
		}
		// buffering=-1 in create_stdio's io.open: the buffer is the file's
		// st_blksize (4096 for a pipe), which decides when output reaches
		// the fd and that a full text chunk bypasses the buffer.
		size := rt.Int(fileioSelf(raw).blksize)
		if buf, err = rt.Call(bt.Value(), []rt.Value{raw, size}, nil); err != nil {
			return rt.Value{}, err
		}
	}
	lineBuf := !unbuffered && (isatty(fd) || fd == 2)
	args := []rt.Value{buf, rt.StrValue(enc), rt.StrValue(errors), rt.StrValue("\n"), rt.Bool(lineBuf), rt.Bool(unbuffered)}
	w, err := rt.Call(textiowrapperType.Value(), args, nil)
	if err != nil {
		return rt.Value{}, err
	}
	if err := rt.SetAttr(w, rt.Intern("mode"), rt.StrValue(mode)); err != nil {
		return rt.Value{}, err
	}
	return w, nil
}

// WriteString writes s to stream when it is an exact TextIOWrapper,
// without a Python-level method call (print's fast path); handled is false
// for other objects, which the caller must write to with stream.write(s).
func WriteString(stream rt.Value, s string) (handled bool, err *rt.Exception) {
	if textiowrapperType == nil || stream.Type() != textiowrapperType {
		return false, nil
	}
	t := textSelf(stream)
	if err := t.checkAttached(); err != nil {
		return true, err
	}
	if err := t.checkClosed(stream); err != nil {
		return true, err
	}
	return true, t.write(s)
}

// IsTextWrapper reports whether stream is an exact TextIOWrapper, which
// WriteString writes to directly.
func IsTextWrapper(stream rt.Value) bool {
	return textiowrapperType != nil && stream.Type() == textiowrapperType
}

// Flush flushes stream when it is an exact TextIOWrapper (handled), for
// the exit path.
func Flush(stream rt.Value) (handled bool, err *rt.Exception) {
	if textiowrapperType == nil || stream.Type() != textiowrapperType {
		return false, nil
	}
	_, err = textio_flush(stream, nil)
	return true, err
}
