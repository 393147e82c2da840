// This file keeps the registry of running Python threads and defines
// sys._current_frames(), which maps each thread's identifier to its
// innermost frame (faulthandler, debuggers and thread dumps read it).

package runtime

// liveThreads are the threads started by StartThread that have not ended,
// guarded by threadsMu.
var liveThreads = map[*Thread]struct{}{}

func registerThread(th *Thread) {
	threadsMu.Lock()
	liveThreads[th] = struct{}{}
	threadsMu.Unlock()
}

func unregisterThread(th *Thread) {
	threadsMu.Lock()
	delete(liveThreads, th)
	threadsMu.Unlock()
}

// sys_current_frames is sys._current_frames(). The caller holds the GIL, so
// the other threads are waiting for it (or blocked outside the interpreter)
// and their frame chains do not change while they are read.
func sys_current_frames(self Value, a []Value) (Value, *Exception) {
	d := NewDict()
	add := func(th *Thread) *Exception {
		if th.cur == nil {
			return nil
		}
		return d.SetItem(Int(th.ident), ValueOf(frameObject(th.cur)))
	}
	if err := add(mainThread); err != nil {
		return Value{}, err
	}
	threadsMu.Lock()
	threads := make([]*Thread, 0, len(liveThreads))
	for th := range liveThreads {
		threads = append(threads, th)
	}
	threadsMu.Unlock()
	for _, th := range threads {
		if err := add(th); err != nil {
			return Value{}, err
		}
	}
	return d.Value(), nil
}
