// This file defines _thread._count().

package thread

import kr "krait/runtime"

// thread__count is _thread._count(). It first collects when a thread has
// finished since it last did, so that the finished threads' objects leave
// the weak sets test.support compares (threading._dangling), as they do
// in CPython when their last reference goes. It is a named function
// because gc.collect()'s cycle pass runs only below Go functions it knows
// to hold no Python objects (runtime/refsem11_cycles.go's walkSafeFuncs).
func thread__count(self kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	kr.CollectIfThreadsEnded()
	return kr.Int(kr.ThreadCount()), nil
}
