// This file defines _ssl.MemoryBIO, the in-memory buffer of ciphertext
// that an SSLObject reads from (incoming) and writes to (outgoing).

package ssl

import (
	"krait/runtime"
	"sync"
)

// memoryBIO is a MemoryBIO. Its fields are guarded by mu, since the TLS
// goroutine of an engine reads and writes them.
type memoryBIO struct {
	runtime.Header
	buf []byte
	eof bool // write_eof() was called
	// cond (on mu, made on first use) announces changes to buf and eof
	// and to the state of the engines reading from this BIO.
	cond *sync.Cond
}

// signal returns b's condition; mu must be held.
func (b *memoryBIO) signal() *sync.Cond {
	if b.cond == nil {
		b.cond = sync.NewCond(&mu)
	}
	return b.cond
}

var bioType *runtime.Type

func initBio() {
	bioType = runtime.NewNativeType(&runtime.TypeSpec{Name: "_ssl.MemoryBIO", Flags: runtime.FlagBaseType,
		Methods: bioMethods, GetSets: bioGetSets}, func(t *runtime.Type) {
		t.New = bio_new
	})
}

var bioNewMethod = runtime.Method{Name: "MemoryBIO", Sig: ""}

func bio_new(t *runtime.Type, args []runtime.Value, kw []*runtime.Str) (runtime.Value, *runtime.Exception) {
	if _, err := runtime.BindArgs(&bioNewMethod, args, kw, nil); err != nil {
		return runtime.Value{}, err
	}
	b := &memoryBIO{Header: runtime.NewHeader(t)}
	return runtime.ValueOf(b), nil
}

func bioOf(v runtime.Value) *memoryBIO { return runtime.PtrOf[memoryBIO](v) }

var bioGetSets = []runtime.GetSetDef{
	{Name: "pending", Get: func(o runtime.Value) (runtime.Value, *runtime.Exception) {
		mu.Lock()
		defer mu.Unlock()
		return runtime.Int(int64(len(bioOf(o).buf))), nil
	}, Doc: "The number of bytes pending in the memory BIO."},
	{Name: "eof", Get: func(o runtime.Value) (runtime.Value, *runtime.Exception) {
		mu.Lock()
		defer mu.Unlock()
		b := bioOf(o)
		return runtime.Bool(b.eof && len(b.buf) == 0), nil
	}, Doc: "Whether the memory BIO is at EOF."},
}

var bioMethods = []runtime.Method{
	{Name: "read", Sig: "size=, /", Fn: bio_read},
	{Name: "write", Sig: "b, /", Fn: bio_write},
	{Name: "write_eof", Sig: "", Flags: runtime.MethNoArgs, Fn: bio_write_eof},
}

func bio_read(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	n := int64(-1)
	if !a[0].IsNull() {
		var err *runtime.Exception
		if n, err = runtime.IndexInt(a[0], ""); err != nil {
			return runtime.Value{}, err
		}
	}
	mu.Lock()
	defer mu.Unlock()
	b := bioOf(self)
	if n < 0 || n > int64(len(b.buf)) {
		n = int64(len(b.buf))
	}
	out := append([]byte(nil), b.buf[:n]...)
	b.buf = b.buf[n:]
	return runtime.NewBytes(out), nil
}

func bio_write(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	data, ok := runtime.BufferBytes(a[0])
	if !ok {
		return runtime.Value{}, runtime.NewTypeError("a bytes-like object is required, not '%s'", a[0].Type().Name)
	}
	mu.Lock()
	b := bioOf(self)
	if b.eof {
		mu.Unlock()
		return runtime.Value{}, runtime.NewExceptionMsg(sslErrorType, "cannot write() after write_eof()")
	}
	b.buf = append(b.buf, data...)
	b.signal().Broadcast()
	mu.Unlock()
	return runtime.Int(int64(len(data))), nil
}

func bio_write_eof(self runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	mu.Lock()
	b := bioOf(self)
	b.eof = true
	b.signal().Broadcast()
	mu.Unlock()
	return runtime.None, nil
}
