// This file defines the socket side of an _SSLSocket made by
// _wrap_socket: ciphertext goes through the base _socket.socket's send
// and recv (so the socket's timeout and blocking mode apply), with
// BlockingIOError becoming SSLWantReadError/SSLWantWriteError and
// timeouts CPython's "The ... operation timed out".

package ssl

import (
	"sync"

	"krait/runtime"
)

// socketMethods caches _socket.socket's recv and send.
var (
	socketOnce          sync.Once
	sockRecv, sockSend  runtime.Value
	socketType          runtime.Value
	socketErr           *runtime.Exception
	blockingIOErrorType *runtime.Type
	timeoutErrorType    *runtime.Type
)

func socketMethods() *runtime.Exception {
	socketOnce.Do(func() {
		m, err := runtime.ImportModule("_socket")
		if err != nil {
			socketErr = err
			return
		}
		if socketType, err = runtime.GetAttrString(m, "socket"); err != nil {
			socketErr = err
			return
		}
		if sockRecv, err = runtime.GetAttrString(socketType, "recv"); err != nil {
			socketErr = err
			return
		}
		sockSend, socketErr = runtime.GetAttrString(socketType, "send")
		blockingIOErrorType = runtime.ExceptionTypeByName("BlockingIOError")
		timeoutErrorType = runtime.ExceptionTypeByName("TimeoutError")
	})
	return socketErr
}

// timeoutLines are the _ssl.c lines of CPython's timeout messages.
var timeoutLines = map[string]string{"handshake": "980", "read": "2427", "write": "2336"}

// sockError converts an error of the socket's recv or send.
func sockError(exc *runtime.Exception, write bool, what string) *runtime.Exception {
	switch {
	case exc.Matches(blockingIOErrorType):
		if write {
			return wantWriteError()
		}
		return wantReadError()
	case exc.Matches(timeoutErrorType):
		return runtime.NewExceptionMsg(timeoutErrorType, "_ssl.c:"+timeoutLines[what]+": The "+what+" operation timed out")
	}
	return exc
}

// recv reads ciphertext from the socket.
func (s *sslObject) recv(what string) ([]byte, *runtime.Exception) {
	r, exc := runtime.Call(sockRecv, []runtime.Value{s.sock, runtime.Int(int64(s.eng.wanted()))}, nil)
	if exc != nil {
		return nil, sockError(exc, false, what)
	}
	b, _ := runtime.BufferBytes(r)
	if len(b) == 0 {
		return []byte{}, nil
	}
	return b, nil
}

// flush sends the engine's pending ciphertext to the socket.
func (s *sslObject) flush(what string) *runtime.Exception {
	out := s.eng.takeOutput()
	for len(out) > 0 {
		r, exc := runtime.Call(sockSend, []runtime.Value{s.sock, runtime.NewBytes(out)}, nil)
		if exc != nil {
			s.eng.unsend(out)
			return sockError(exc, true, what)
		}
		n, _ := runtime.IntOf(r)
		out = out[n:]
	}
	return nil
}

// context__wrap_socket wraps a connected (or to be connected) socket.
func context__wrap_socket(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	if err := socketMethods(); err != nil {
		return runtime.Value{}, err
	}
	sock := a[0]
	if !runtime.IsInstance(sock, socketType.AsType()) {
		return runtime.Value{}, runtime.NewTypeError("_wrap_socket() argument 'sock' must be _socket.socket, not %s", sock.Type().Name)
	}
	in, out := &memoryBIO{}, &memoryBIO{}
	v, err := newSSLObject(self, in, out, truth(a[1]), a[2], a[3])
	if err != nil {
		return runtime.Value{}, err
	}
	sslOf(v).sock = sock
	return v, nil
}

// context__wrap_bio makes an SSLObject over two MemoryBIOs.
func context__wrap_bio(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	for i, v := range a[:2] {
		if !runtime.IsInstance(v, bioType) {
			name := []string{"incoming", "outgoing"}[i]
			return runtime.Value{}, runtime.NewTypeError("_wrap_bio() argument '%s' must be _ssl.MemoryBIO, not %s", name, v.Type().Name)
		}
	}
	return newSSLObject(self, bioOf(a[0]), bioOf(a[1]), truth(a[2]), a[3], a[4])
}
