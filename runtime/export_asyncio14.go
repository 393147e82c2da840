// This file defines the runtime entry points the _asyncio module needs:
// resuming a coroutine from Go as the SEND opcode does, without building a
// bound method or a StopIteration per step.

package runtime

// CoroSend sends v into the coroutine (or any iterator with send) it, as
// SEND does: it returns the yielded value (done false), or the return
// value (done true), or the exception raised.
func CoroSend(it, v Value) (Value, bool, *Exception) { return genSend(it, v) }

// StopIterationValue is e.value of the StopIteration e.
func StopIterationValue(e *Exception) Value { return stopIterationValue(e) }
