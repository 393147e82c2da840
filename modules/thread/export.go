// This file exports the timeout parsing of the lock methods for other
// native modules that block the same way (_queue).

package thread

import kr "krait/runtime"

// SecondsArg converts a timeout argument to seconds with the messages of
// CPython's _PyTime_FromSecondsObject (NaN, overflow, non-numbers).
func SecondsArg(v kr.Value) (float64, *kr.Exception) { return secondsArg(v) }
