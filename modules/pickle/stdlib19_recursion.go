package pickle

import "krait/runtime"

// pickleRecursionMsg is the RecursionError message of CPython's C pickler,
// whose save() calls Py_EnterRecursiveCall(" while pickling an object").
const pickleRecursionMsg = "maximum recursion depth exceeded while pickling an object"

// cPicklingRecursion gives a RecursionError raised by pickle.py's
// recursive save (the interpreter's plain "maximum recursion depth
// exceeded") the C pickler's message. When Python code of the program
// (a __reduce__, say) is among the frames, CPython's limit is usually hit
// calling it instead, with another message, so the error is left alone.
func cPicklingRecursion(err *exc) *exc {
	if err == nil || !err.Matches(runtime.RecursionErrorType) || err.Args == nil || len(err.Args.Items()) != 1 {
		return err
	}
	onlyPickle := true
	runtime.TracebackDrop(err, func(filename string) bool { // a visit that drops nothing
		onlyPickle = onlyPickle && isPickleCode(filename)
		return false
	})
	if !onlyPickle {
		return err
	}
	if msg, ok := err.Args.Items()[0].TryStr(); ok && msg.S == "maximum recursion depth exceeded" {
		err.Args = runtime.NewTuple([]value{runtime.StrValue(pickleRecursionMsg)})
	}
	return err
}
