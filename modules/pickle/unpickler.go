// This file defines _pickle.Pickler (pickle.py's pure-Python pickler
// under its C name, so that pickle.Pickler is not a class of pickle.py, as
// pyclbr expects), and _pickle.Unpickler, load and loads: pickle.py's
// pure-Python unpickler adapted to report errors as CPython's C unpickler
// does (UnpicklingError "pickle data was truncated" or "unpickling stack
// underflow" where pickle.py lets IndexError, ValueError, struct.error
// or a lookup of a truncated name escape; EOFError "Ran out of input" at
// the end of the input; validation of the memo attribute). It is Python
// source run once, on first use, in a namespace of its own.
package pickle

import (
	"sync"

	"krait/runtime"
)

const unpicklerSource = `
import io as _io, sys as _sys
import pickle as _p

# The code that reads each opcode (pickle.py's _Unpickler.load, through
# its _Unframer's read).
_opcode_reader = _p._Unpickler.load.__code__

class Pickler(_p._Pickler):
    # The C Pickler's signature: fix_imports may be positional.
    def __init__(self, file, protocol=None, fix_imports=True, buffer_callback=None):
        super().__init__(file, protocol, fix_imports=fix_imports, buffer_callback=buffer_callback)

    # The C method's positional-only signature and docstring (pydoc shows
    # them: "dump(obj, /) method of _pickle.Pickler instance").
    def dump(self, obj, /):
        "Write a pickled representation of the given object to the open file."
        try:
            return super().dump(obj)
        except RecursionError as e:
            # The C pickler's message (Py_EnterRecursiveCall in save),
            # unless the program's own code recursed too (see
            # stdlib19_recursion.go).
            tb, ours = e.__traceback__, True
            while tb is not None:
                fn = tb.tb_frame.f_code.co_filename
                ours = ours and (fn == "<_pickle>" or fn.endswith("/pickle.py"))
                tb = tb.tb_next
            if ours and e.args == ("maximum recursion depth exceeded",):
                e.args = ("maximum recursion depth exceeded while pickling an object",)
            raise

class Unpickler(_p._Unpickler):
    def __init__(self, file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
        super().__init__(file, fix_imports=fix_imports, encoding=encoding, errors=errors, buffers=buffers)
        read, readline = self._file_read, self._file_readline
        def checked_read(n=-1):
            data = read(n)
            if n is not None and n >= 0 and len(data) < n:
                # As the C unpickler: running out where an opcode is due
                # is the end of the input (EOFError "Ran out of input" in
                # load); any other short read is a truncation.
                if n == 1 and not data and _sys._getframe(2).f_code is _opcode_reader:
                    return data
                raise _p.UnpicklingError("pickle data was truncated")
            return data
        def checked_readline():
            line = readline()
            if not line.endswith(b"\n"):
                raise _p.UnpicklingError("pickle data was truncated")
            return line
        self._file_read, self._file_readline = checked_read, checked_readline

    @property
    def memo(self):
        return self.__dict__["_memo"]

    @memo.setter
    def memo(self, value):
        if not isinstance(value, dict):
            raise TypeError("'memo' attribute must be an UnpicklerMemoProxy object or dict, not %s"
                            % type(value).__name__)
        for key in value:
            if not isinstance(key, int):
                raise TypeError("memo key must be integers")
            if key < 0:
                raise ValueError("memo key must be positive integers.")
        self.__dict__["_memo"] = value

    def load(self):
        try:
            return super().load()
        except EOFError:
            raise EOFError("Ran out of input") from None
        except IndexError:
            raise _p.UnpicklingError("unpickling stack underflow") from None

def load(file, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    return Unpickler(file, fix_imports=fix_imports, encoding=encoding, errors=errors,
                     buffers=buffers).load()

def loads(data, /, *, fix_imports=True, encoding="ASCII", errors="strict", buffers=()):
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    return Unpickler(_io.BytesIO(data), fix_imports=fix_imports, encoding=encoding,
                     errors=errors, buffers=buffers).load()
`

// shimFilename is the co_filename of unpicklerSource's code.
const shimFilename = "<_pickle>"

var (
	shimMu sync.Mutex
	shimNS value
)

// shim returns the namespace of unpicklerSource, running it the first
// time (after pickle.py has finished importing, since it subclasses
// pickle._Unpickler).
func shim() (value, *exc) {
	// Import pickle before taking the lock: pickle.py's own import asks
	// _pickle for Unpickler, which comes back here.
	if _, err := runtime.ImportModule("pickle"); err != nil {
		return value{}, err
	}
	shimMu.Lock()
	defer shimMu.Unlock()
	if !shimNS.IsNull() {
		return shimNS, nil
	}
	builtins, err := runtime.ImportModule("builtins")
	if err != nil {
		return value{}, err
	}
	execFn, err := runtime.GetAttrString(builtins, "exec")
	if err != nil {
		return value{}, err
	}
	compileFn, err := runtime.GetAttrString(builtins, "compile")
	if err != nil {
		return value{}, err
	}
	code, err := runtime.Call(compileFn, []value{runtime.StrValue(unpicklerSource), runtime.StrValue(shimFilename), runtime.StrValue("exec")}, nil)
	if err != nil {
		return value{}, err
	}
	ns := runtime.NewDict()
	ns.SetStr(runtime.Intern("__name__"), runtime.StrValue("_pickle"))
	if _, err := runtime.Call(execFn, []value{code, runtime.ValueOf(ns)}, nil); err != nil {
		return value{}, err
	}
	shimNS = runtime.ValueOf(ns)
	return shimNS, nil
}

// shimAttr returns name from the shim namespace.
func shimAttr(name string) (value, *exc) {
	ns, err := shim()
	if err != nil {
		return value{}, err
	}
	return runtime.GetItem(ns, runtime.StrValue(name))
}
