// This file defines pyState, a hashbase.State over a Python hash object
// (used for BLAKE2, which _blake2 implements).
package hashlib

import (
	"krait/modules/hashbase"
	"krait/runtime"
)

// pyState forwards to a Python hash object's update, digest and copy.
type pyState struct {
	obj             value
	size, blockSize int
}

// blake2State returns a constructor of default-parameter _blake2 states
// (OpenSSL's BLAKE2 takes no parameters, so the digests agree).
func blake2State(name string) func() hashbase.State {
	return func() hashbase.State {
		obj := runtime.None
		if mod, err := runtime.ImportModule("_blake2"); err == nil {
			if ctor, err := runtime.GetAttrString(mod, name); err == nil {
				obj, _ = runtime.Call(ctor, nil, nil)
			}
		}
		s, err := newPyState(obj)
		if err != nil {
			return &pyState{obj: runtime.None}
		}
		return s
	}
}

func newPyState(obj value) (*pyState, *exc) {
	s := &pyState{obj: obj}
	for _, a := range []struct {
		name string
		dst  *int
	}{{"digest_size", &s.size}, {"block_size", &s.blockSize}} {
		v, err := runtime.GetAttrString(obj, a.name)
		if err != nil {
			return nil, err
		}
		n, err := runtime.IndexInt64(v, "")
		if err != nil {
			return nil, err
		}
		*a.dst = int(n)
	}
	return s, nil
}

func (s *pyState) call(method string, args ...value) value {
	m, err := runtime.GetAttrString(s.obj, method)
	if err != nil {
		return runtime.None
	}
	r, _ := runtime.Call(m, args, nil)
	return r
}

func (s *pyState) Write(p []byte) (int, error) {
	s.call("update", runtime.NewBytes(p))
	return len(p), nil
}

func (s *pyState) Sum(int) []byte {
	b, _ := s.call("digest").TryBytes()
	return b
}

func (s *pyState) Clone() hashbase.State {
	return &pyState{obj: s.call("copy"), size: s.size, blockSize: s.blockSize}
}

func (s *pyState) Size() int      { return s.size }
func (s *pyState) BlockSize() int { return s.blockSize }
