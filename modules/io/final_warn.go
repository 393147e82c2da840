// This file defines the ResourceWarning a file object left open gives when
// it is collected: CPython's FileIO warns "unclosed file <repr>" from its
// finalizer, and a buffered or text object closing its FileIO while being
// finalized has the FileIO warn about it instead (_dealloc_warn). Here the
// object is already gone when the registry finalizes it, so its repr is
// rebuilt from the state that outlives it (the name and mode recorded at
// open, the layers below).

package pyio

import (
	"strings"

	rt "krait/runtime"
)

// warnUnclosed issues the ResourceWarning for a collected file object
// described by desc (its repr); fs is the descriptor of its FileIO and raw
// that FileIO if it is still alive. An error (the filters turned the
// warning into one) is reported as unraisable in the FileIO, as CPython
// does. The warning's source, which warnings looks up in tracemalloc, is
// the file's name: the object itself is gone.
func warnUnclosed(desc string, fs *fdState, raw rt.Value) {
	source := fs.name
	if source.IsNull() || rt.IsFinalizing() {
		// At exit CPython's warnings can no longer import tracemalloc
		// and show no allocation hint.
		source = rt.None
	}
	if err := rt.ResourceWarning(source, "unclosed file "+desc, 1); err != nil {
		if raw.IsNull() {
			rt.WriteUnraisable(err, "Exception ignored in: "+fileDesc(fs), rt.Value{})
		} else {
			rt.WriteUnraisable(err, "", raw)
		}
	}
}

// ownsOpenFd reports whether fs is a descriptor its FileIO would close:
// only those warn (closefd=False does not).
func ownsOpenFd(fs *fdState) bool { return fs != nil && fs.fd >= 0 && fs.closefd }

// fileDesc is the repr of a collected FileIO.
func fileDesc(fs *fdState) string {
	var b strings.Builder
	b.WriteString("<_io.FileIO ")
	if fs.name.IsNull() {
		b.WriteString("fd=" + itoa(int64(fs.fd)))
	} else {
		b.WriteString("name=" + reprOr(fs.name, "?"))
	}
	b.WriteString(" mode='" + fs.mode + "' closefd=" + pyBoolStr(fs.closefd) + ">")
	return b.String()
}

// bufferedDesc is the repr of a collected buffered object of type
// typeName over raw.
func bufferedDesc(typeName string, raw rt.Value) string {
	name, err := rt.GetAttrString(raw, "name")
	if err != nil {
		return "<" + typeName + ">"
	}
	return "<" + typeName + " name=" + reprOr(name, "?") + ">"
}

// textDesc is the repr of a collected TextIOWrapper.
func textDesc(ts *textState) string {
	var b strings.Builder
	b.WriteString("<_io.TextIOWrapper")
	if name, err := rt.GetAttrString(ts.buffer, "name"); err == nil {
		b.WriteString(" name=" + reprOr(name, "?"))
	}
	if ts.mode != "" {
		b.WriteString(" mode=" + reprOr(rt.StrValue(ts.mode), "?"))
	}
	b.WriteString(" encoding=" + reprOr(rt.StrValue(ts.encoding), "?") + ">")
	return b.String()
}

// reprOr is repr(v), or dflt when that fails.
func reprOr(v rt.Value, dflt string) string {
	r, err := rt.Repr(v)
	if err != nil {
		return dflt
	}
	return r.S
}

// bufferRawState returns the descriptor under a buffered object that is
// one of io's own over a FileIO, or nil.
func bufferRawState(buffer rt.Value) *fdState {
	switch buffer.Type() {
	case bufferedWriterType, bufferedReaderType, bufferedRandomType:
		return rawState(bufSelf(buffer).raw)
	}
	return nil
}

// warnAtExit warns about the file object v, still open at exit and owning
// the descriptor fs of the FileIO raw, and closes it.
func warnAtExit(v rt.Value, fs *fdState, raw rt.Value) {
	warnUnclosed(reprOr(v, fileDesc(fs)), fs, raw)
	rt.IOCallMethod(v, "close")
}
