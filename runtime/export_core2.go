// This file defines the exported helpers the native modules need from the
// runtime's builtin-type internals (branch core2).

package runtime

// GetState returns obj.__getstate__() as pickling calls it (CPython's
// _PyObject_GetState): the instance dict and __slots__ values for objects
// using object's version.
func GetState(obj Value) (Value, *Exception) { return callGetState(obj, false) }
