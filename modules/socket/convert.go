// This file defines the byte-order functions (htons, htonl, ...), the
// address text conversions (inet_aton, inet_ntoa, inet_pton, inet_ntop)
// and the network interface functions.

package socket

import (
	"encoding/binary"
	"fmt"
	"net/netip"
	"strings"
	"syscall"

	"krait/runtime"
)

// uint16Arg converts htons's argument.
func uint16Arg(v runtime.Value, fn string) (uint16, *runtime.Exception) {
	n, err := runtime.IndexInt64(v, "")
	if err != nil {
		if err.Matches(runtime.OverflowErrorType) {
			return 0, runtime.NewOverflowError("Python int too large to convert to C long")
		}
		return 0, err
	}
	if n < 0 {
		return 0, runtime.NewOverflowError("%s: can't convert negative Python int to C 16-bit unsigned integer", fn)
	}
	if n > 0xffff {
		return 0, runtime.NewOverflowError("%s: Python int too large to convert to C 16-bit unsigned integer", fn)
	}
	return uint16(n), nil
}

func swap16(x uint16) uint16 { return x<<8 | x>>8 }

func socket_htons(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	x, err := uint16Arg(a[0], "htons")
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Int(int64(swap16(x))), nil
}

func socket_ntohs(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	x, err := uint16Arg(a[0], "ntohs")
	if err != nil {
		return runtime.Value{}, err
	}
	return runtime.Int(int64(swap16(x))), nil
}

// socket_htonl is htonl and ntohl (the same swap).
func socket_htonl(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	if a[0].Type().Flags&runtime.FlagIntSubclass == 0 {
		return runtime.Value{}, runtime.NewTypeError("expected int, %s found", a[0].Type().Name)
	}
	n, err := runtime.IndexInt64(a[0], "")
	if err != nil {
		return runtime.Value{}, runtime.NewOverflowError("int larger than 32 bits")
	}
	if n < 0 {
		return runtime.Value{}, runtime.NewOverflowError("can't convert negative value to unsigned int")
	}
	if n > 0xffffffff {
		return runtime.Value{}, runtime.NewOverflowError("int larger than 32 bits")
	}
	var b [4]byte
	binary.BigEndian.PutUint32(b[:], uint32(n))
	return runtime.Int(int64(binary.LittleEndian.Uint32(b[:]))), nil
}

func socket_inet_aton(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	s, err := strArg(a[0], "inet_aton", 1)
	if err != nil {
		return runtime.Value{}, err
	}
	ip, ok := parseIPv4Aton(s)
	if !ok || s == "" {
		return runtime.Value{}, runtime.NewExceptionMsg(runtime.OSErrorType, "illegal IP address string passed to inet_aton")
	}
	return runtime.NewBytes(ip[:]), nil
}

func socket_inet_ntoa(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	b, err := dataArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	if len(b) != 4 {
		return runtime.Value{}, runtime.NewExceptionMsg(runtime.OSErrorType, "packed IP wrong length for inet_ntoa")
	}
	return runtime.StrValue(fmt.Sprintf("%d.%d.%d.%d", b[0], b[1], b[2], b[3])), nil
}

func socket_inet_pton(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	af, err := intArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	s, err := strArg(a[1], "inet_pton", 2)
	if err != nil {
		return runtime.Value{}, err
	}
	illegal := runtime.NewExceptionMsg(runtime.OSErrorType, "illegal IP address string passed to inet_pton")
	switch af {
	case syscall.AF_INET:
		ip, ok := parseIPv4Strict(s)
		if !ok {
			return runtime.Value{}, illegal
		}
		return runtime.NewBytes(ip[:]), nil
	case syscall.AF_INET6:
		ad, err := netip.ParseAddr(s)
		if err != nil || !ad.Is6() || ad.Zone() != "" {
			return runtime.Value{}, illegal
		}
		b := ad.As16()
		return runtime.NewBytes(b[:]), nil
	}
	return runtime.Value{}, osErr(syscall.EAFNOSUPPORT)
}

func socket_inet_ntop(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	af, err := intArg(a[0])
	if err != nil {
		return runtime.Value{}, err
	}
	b, err := dataArg(a[1])
	if err != nil {
		return runtime.Value{}, err
	}
	switch af {
	case syscall.AF_INET:
		if len(b) != 4 {
			return runtime.Value{}, runtime.NewValueError("invalid length of packed IP address string")
		}
		return runtime.StrValue(fmt.Sprintf("%d.%d.%d.%d", b[0], b[1], b[2], b[3])), nil
	case syscall.AF_INET6:
		if len(b) != 16 {
			return runtime.Value{}, runtime.NewValueError("invalid length of packed IP address string")
		}
		var ip [16]byte
		copy(ip[:], b)
		return runtime.StrValue(formatIPv6(ip)), nil
	}
	return runtime.Value{}, runtime.NewValueError("unknown address family %d", af)
}

// formatIPv6 formats an address as glibc's inet_ntop: like Go's, except
// that IPv4-compatible addresses (::a.b.c.d) keep their dotted tail.
func formatIPv6(ip [16]byte) string {
	compat := true
	for _, c := range ip[:12] {
		compat = compat && c == 0
	}
	if compat && (ip[12] != 0 || ip[13] != 0) {
		return fmt.Sprintf("::%d.%d.%d.%d", ip[12], ip[13], ip[14], ip[15])
	}
	return netip.AddrFrom16(ip).String()
}

func socket_if_nameindex(_ runtime.Value, _ []runtime.Value) (runtime.Value, *runtime.Exception) {
	ifs, err := interfaces()
	if err != nil {
		return runtime.Value{}, osErr(err)
	}
	out := make([]runtime.Value, len(ifs))
	for i, ifc := range ifs {
		out[i] = runtime.TupleValue(runtime.Int(int64(ifc.index)), runtime.StrValue(ifc.name))
	}
	return runtime.NewList(out), nil
}

func socket_if_nametoindex(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	var name string
	if s, ok := a[0].TryStr(); ok {
		name = s.S
	} else if b, ok := a[0].TryBytes(); ok {
		name = string(b)
	} else {
		return runtime.Value{}, runtime.NewTypeError("expected str, bytes or os.PathLike object, not %s", a[0].Type().Name)
	}
	if strings.ContainsRune(name, 0) {
		return runtime.Value{}, runtime.NewValueError("embedded null byte")
	}
	i, ok := nameToIndex(name)
	if !ok {
		return runtime.Value{}, runtime.NewExceptionMsg(runtime.OSErrorType, "no interface with this name")
	}
	return runtime.Int(int64(i)), nil
}

func socket_if_indextoname(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	if a[0].Type().Flags&runtime.FlagIntSubclass == 0 {
		return runtime.Value{}, runtime.NewTypeError("an integer is required")
	}
	n, err := runtime.IndexInt64(a[0], "")
	if err != nil {
		return runtime.Value{}, runtime.NewOverflowError("Python int too large to convert to C unsigned long")
	}
	if n < 0 {
		return runtime.Value{}, runtime.NewOverflowError("can't convert negative value to unsigned int")
	}
	if n > 0xffffffff {
		return runtime.Value{}, runtime.NewOverflowError("Python int too large to convert to C unsigned long")
	}
	name, ok := indexToName(int(n))
	if !ok {
		return runtime.Value{}, osErr(syscall.ENXIO)
	}
	return runtime.StrValue(name), nil
}
