package runtime

// FlushIO is CPython's flush_io, which _PyRun_SimpleFileObject calls after
// a script file or stdin program has run and before it prints an uncaught
// exception: sys.stderr then sys.stdout are flushed and any error is
// ignored, so output the program buffered precedes the traceback (-c and
// -m programs do not get this; their buffered output follows it).
func FlushIO() {
	for _, n := range []string{"stderr", "stdout"} {
		f := sysGet(n)
		if f.IsNull() || f.IsNone() {
			continue
		}
		if f.Type() == StdStreamType {
			if n == "stdout" {
				Stdout.Flush()
			}
			continue
		}
		callMethodByName(f, "flush") // errors ignored, as flush_io's PyErr_Clear
	}
}
