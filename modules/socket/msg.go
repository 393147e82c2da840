// This file defines sendmsg, recvmsg and recvmsg_into with ancillary
// data (SCM_RIGHTS file descriptor passing, which multiprocessing uses),
// and the CMSG_LEN/CMSG_SPACE functions.

package socket

import (
	"encoding/binary"

	"krait/runtime"
)

// cmsghdrLen is sizeof(struct cmsghdr) on 64-bit Linux.
const cmsghdrLen = 16

func cmsgAlign(n int) int { return (n + 7) &^ 7 }

func cmsgLen(n int) int { return cmsghdrLen + n }

func cmsgSpace(n int) int { return cmsghdrLen + cmsgAlign(n) }

// socklenMax is the largest value of a socklen_t length.
const socklenMax = 1<<31 - 1

// cmsgArg converts CMSG_LEN's and CMSG_SPACE's length argument, which
// may be at most limit.
func cmsgArg(v runtime.Value, name string, limit int) (int, *runtime.Exception) {
	n, err := runtime.IndexInt64(v, "")
	if err != nil {
		if err.Matches(runtime.OverflowErrorType) {
			return 0, runtime.NewOverflowError("Python int too large to convert to C ssize_t")
		}
		return 0, err
	}
	if n < 0 || n > int64(limit) {
		return 0, runtime.NewOverflowError("%s() argument out of range", name)
	}
	return int(n), nil
}

func socket_CMSG_LEN(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	n, err := cmsgArg(a[0], "CMSG_LEN", socklenMax-cmsgLen(0))
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Int(int64(cmsgLen(n))), nil
}

func socket_CMSG_SPACE(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	n, err := cmsgArg(a[0], "CMSG_SPACE", socklenMax-cmsgSpace(1))
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Int(int64(cmsgSpace(n))), nil
}

// iterList collects an iterable argument, with CPython's message.
func iterList(v runtime.Value, method string, argn int) ([]runtime.Value, *runtime.Exception) {
	it, err := runtime.Iter(v)
	if err != nil {
		return nil, runtime.NewTypeError("%s() argument %d must be an iterable", method, argn)
	}
	var out []runtime.Value
	for {
		x, err := runtime.Next(it)
		if err != nil {
			return nil, err
		}
		if x.IsNull() {
			return out, nil
		}
		out = append(out, x)
	}
}

// encodeAncillary builds the control buffer of sendmsg from its
// (level, type, data) items.
func encodeAncillary(v runtime.Value) ([]byte, *runtime.Exception) {
	items, err := iterList(v, "sendmsg", 2)
	if err != nil {
		return nil, err
	}
	var control []byte
	for _, item := range items {
		t, ok := item.TryTuple()
		if !ok || len(t.Items()) != 3 {
			return nil, runtime.NewTypeError("[sendmsg() ancillary data items]() argument must be sequence of length 3, not %s", item.Type().Name)
		}
		f := t.Items()
		level, err := intArg(f[0])
		if err != nil {
			return nil, err
		}
		typ, err := intArg(f[1])
		if err != nil {
			return nil, err
		}
		data, err := dataArg(f[2])
		if err != nil {
			return nil, err
		}
		h := make([]byte, cmsgSpace(len(data)))
		binary.LittleEndian.PutUint64(h, uint64(cmsgLen(len(data))))
		binary.LittleEndian.PutUint32(h[8:], uint32(level))
		binary.LittleEndian.PutUint32(h[12:], uint32(typ))
		copy(h[cmsghdrLen:], data)
		control = append(control, h...)
	}
	return control, nil
}

// decodeAncillary turns recvmsg's control buffer into its list of
// (level, type, data) tuples.
func decodeAncillary(control []byte) runtime.Value {
	var out []runtime.Value
	for len(control) >= cmsghdrLen {
		l := int(binary.LittleEndian.Uint64(control))
		level := int32(binary.LittleEndian.Uint32(control[8:]))
		typ := int32(binary.LittleEndian.Uint32(control[12:]))
		if l < cmsghdrLen {
			break
		}
		end := min(l, len(control))
		data := append([]byte(nil), control[cmsghdrLen:end]...)
		out = append(out, runtime.TupleValue(runtime.Int(int64(level)), runtime.Int(int64(typ)), runtime.NewBytes(data)))
		if cmsgAlign(l) >= len(control) {
			break
		}
		control = control[cmsgAlign(l):]
	}
	return runtime.NewList(out)
}

func sock_sendmsg(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	items, err := iterList(a[0], "sendmsg", 1)
	if err != nil {
		return runtime.Value{}, err
	}
	bufs := make([][]byte, len(items))
	for i, it := range items {
		if bufs[i], err = dataArg(it); err != nil {
			return runtime.Value{}, err
		}
	}
	var control []byte
	if !a[1].IsNull() {
		if control, err = encodeAncillary(a[1]); err != nil {
			return runtime.Value{}, err
		}
	}
	flags, err := optionalInt(a[2], 0)
	if err != nil {
		return runtime.Value{}, err
	}
	s := sockOf(self)
	var sa []byte
	if !a[3].IsNull() && !a[3].IsNone() {
		if sa, err = s.parseAddr(a[3], "sendmsg"); err != nil {
			return runtime.Value{}, err
		}
	}
	if err := s.checkOpen(); err != nil {
		return runtime.Value{}, err
	}
	var n int
	err = s.callFlags(true, flags, func(extra int) (e error) {
		n, e = sysSendmsg(s.fd, bufs, control, sa, flags|extra)
		return e
	})
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Int(int64(n)), nil
}

// recvmsgArgs converts the ancbufsize and flags arguments.
func recvmsgArgs(a []runtime.Value) (int, int, *runtime.Exception) {
	anc, err := optionalInt(a[0], 0)
	if err != nil {
		return 0, 0, err
	}
	if anc < 0 {
		return 0, 0, runtime.NewValueError("invalid ancillary data buffer length")
	}
	flags, err := optionalInt(a[1], 0)
	return anc, flags, err
}

// recvmsg receives into bufs and returns (count, ancdata, flags, address).
func (s *sockObject) recvmsg(bufs [][]byte, anc, flags int) (recvmsgResult, *runtime.Exception) {
	if err := s.checkOpen(); err != nil {
		return recvmsgResult{}, err
	}
	var r recvmsgResult
	err := s.callFlags(false, flags, func(extra int) (e error) {
		r, e = sysRecvmsg(s.fd, bufs, anc, flags|extra)
		return e
	})
	return r, err
}

func sock_recvmsg(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	size, err := runtime.IndexInt64(a[0], "")
	if err != nil {
		return runtime.Value{}, err
	}
	if size < 0 {
		return runtime.Value{}, runtime.NewValueError("negative buffer size in recvmsg()")
	}
	anc, flags, err := recvmsgArgs(a[1:])
	if err != nil {
		return runtime.Value{}, err
	}
	buf := make([]byte, size)
	r, err := sockOf(self).recvmsg([][]byte{buf}, anc, flags)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.TupleValue(runtime.NewBytes(buf[:r.n]), decodeAncillary(r.control),
		runtime.Int(int64(r.flags)), makeAddr(r.addr)), nil
}

func sock_recvmsg_into(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	items, err := iterList(a[0], "recvmsg_into", 1)
	if err != nil {
		return runtime.Value{}, err
	}
	bufs := make([][]byte, len(items))
	for i, it := range items {
		b, ok := runtime.WritableBuffer(it)
		if !ok {
			return runtime.Value{}, runtime.NewTypeError("recvmsg_into() argument 1 must be an iterable of single-segment read-write buffers")
		}
		bufs[i] = b
	}
	anc, flags, err := recvmsgArgs(a[1:])
	if err != nil {
		return runtime.Value{}, err
	}
	r, err := sockOf(self).recvmsg(bufs, anc, flags)
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.TupleValue(runtime.Int(int64(r.n)), decodeAncillary(r.control),
		runtime.Int(int64(r.flags)), makeAddr(r.addr)), nil
}
