// This file removes importlib's own frames from the traceback of an
// exception that escapes an import, as CPython's remove_importlib_frames
// does, so that "import nosuchmod" reports only the importing line.

package runtime

// isImportlibFile reports whether filename is that of the bootstrap code.
func isImportlibFile(filename string) bool {
	return filename == "<frozen importlib._bootstrap>" || filename == "<frozen importlib._bootstrap_external>"
}

// trimImportlibFrames cuts runs of importlib frames from e's traceback:
// every run for an ImportError, else only runs that end in
// _call_with_frames_removed (which leaves the importing module's own
// frames visible). Nothing is cut under -v.
func trimImportlibFrames(e *Exception) {
	if SysConfig.Flags.Verbose > 0 || e.Traceback == nil {
		return
	}
	alwaysTrim := e.Matches(ImportErrorType)
	link := &e.Traceback // the link to the current entry
	outer := link        // the link into the current importlib run
	inImportlib := false
	for tb := e.Traceback; tb != nil; {
		next := tb.Next
		co := tb.Frame.code
		now := co != nil && isImportlibFile(co.c.Filename)
		if now && !inImportlib {
			outer = link
		}
		inImportlib = now
		if inImportlib && (alwaysTrim || co.name.S == "_call_with_frames_removed") {
			*outer = next
			link = outer
		} else {
			link = &tb.Next
		}
		tb = next
	}
}
