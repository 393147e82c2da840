// This file defines the direct entries (Method.One and Method.Zero) of the
// deque methods an event loop calls per callback: CALL_METHOD_DESCR calls
// them with the argument itself, skipping the argument-count dispatch.

package collections

import "krait/runtime"

func init() {
	for i := range dequeMethods {
		m := &dequeMethods[i]
		switch m.Name {
		case "append":
			m.One = dequeAppendOne
		case "appendleft":
			m.One = dequeAppendLeftOne
		case "pop":
			m.Zero = dequePopZero
		case "popleft":
			m.Zero = dequePopLeftZero
		}
	}
}

func dequeAppendOne(self, x runtime.Value) (runtime.Value, *runtime.Exception) {
	asDeque(self).pushRight(x)
	return runtime.None, nil
}

func dequeAppendLeftOne(self, x runtime.Value) (runtime.Value, *runtime.Exception) {
	asDeque(self).pushLeft(x)
	return runtime.None, nil
}

func dequePopZero(self runtime.Value) (runtime.Value, *runtime.Exception) {
	d := asDeque(self)
	if d.n == 0 {
		return runtime.Value{}, runtime.NewIndexError("pop from an empty deque")
	}
	return d.popRight(), nil
}

func dequePopLeftZero(self runtime.Value) (runtime.Value, *runtime.Exception) {
	d := asDeque(self)
	if d.n == 0 {
		return runtime.Value{}, runtime.NewIndexError("pop from an empty deque")
	}
	return d.popLeft(), nil
}
