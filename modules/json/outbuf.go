// This file defines outBuf, the encoder's output buffer. json.dumps of a big
// tree grew a strings.Builder by doubling (about twice the output in
// garbage, and the result kept the last array's unused half); the encoder
// now writes into a buffer it keeps between calls and copies the output
// into the result once.

package json

import (
	"unsafe"

	"krait/runtime"
)

// outBuf has the strings.Builder methods the encoder uses, over a byte
// slice; items is a stack of the keys and values of the dicts being
// encoded, kept with the buffer.
type outBuf struct {
	b     []byte
	items []runtime.Value
}

// pushDict puts the keys of d and then its values on the stack and returns
// both parts (valid until popped; a nested push may move the stack, which
// leaves these slices on the old array unchanged).
func (o *outBuf) pushDict(d *runtime.Dict) (keys, vals []runtime.Value, err *runtime.Exception) {
	base := len(o.items)
	for pos := 0; ; {
		k, _, ok := d.Next(&pos)
		if !ok {
			break
		}
		o.items = append(o.items, k)
	}
	mid := len(o.items)
	for pos := 0; ; {
		_, x, ok := d.Next(&pos)
		if !ok {
			break
		}
		o.items = append(o.items, x)
	}
	return o.items[base:mid:mid], o.items[mid:], nil
}

// popItems drops the stack above base (clearing it for the collector).
func (o *outBuf) popItems(base int) {
	clear(o.items[base:])
	o.items = o.items[:base]
}

// WriteString appends s.
func (o *outBuf) WriteString(s string) { o.b = append(o.b, s...) }

// WriteByte appends c (io.ByteWriter's signature; it never fails).
func (o *outBuf) WriteByte(c byte) error {
	o.b = append(o.b, c)
	return nil
}

// Grow makes room for n more bytes.
func (o *outBuf) Grow(n int) {
	if cap(o.b)-len(o.b) < n {
		nb := make([]byte, len(o.b), len(o.b)+n)
		copy(nb, o.b)
		o.b = nb
	}
}

// String returns a copy of the contents.
func (o *outBuf) String() string { return string(o.b) }

// take returns the contents without copying; o must not be written again.
func (o *outBuf) take() string {
	if len(o.b) == 0 {
		return ""
	}
	return unsafe.String(&o.b[0], len(o.b))
}

// scratchMax bounds the buffer kept between calls (a bigger one is left to
// the collector, so that one huge dumps does not hold its size forever).
const scratchMax = 4 << 20

// encodeScratch is the buffer kept between encoder calls; an encoder call
// takes it (a nested call, from a default function or a __repr__, finds
// none and starts its own). Touched only by the thread holding the GIL.
var encodeScratch outBuf

// takeScratch returns an empty buffer, the kept one when there is one.
func takeScratch() outBuf {
	b := encodeScratch
	encodeScratch = outBuf{}
	return outBuf{b.b[:0], b.items[:0]}
}

// keepScratch gives o's array back for the next call.
func keepScratch(o *outBuf) {
	if cap(o.b) <= scratchMax && cap(o.items) <= scratchMax/16 {
		encodeScratch = outBuf{o.b[:0], o.items[:0]}
	}
}
