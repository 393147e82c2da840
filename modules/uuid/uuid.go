// Package uuid implements _uuid, the module through which CPython's uuid
// calls libuuid: generate_time_safe makes a version-1 (time and node)
// UUID as libuuid's uuid_generate_time_safe does, which uuid.uuid1() and
// uuid.getnode() use instead of running `ip link` in a subprocess.
package uuid

import (
	"crypto/rand"
	"encoding/binary"
	"sync"
	"syscall"
	"time"
	"unsafe"

	"krait/runtime"
)

// Module is the _uuid module definition.
var Module = &runtime.ModuleDef{
	Name: "_uuid",
	Methods: []runtime.Method{
		{Name: "generate_time_safe", Flags: runtime.MethNoArgs, Fn: uuid_generate_time_safe},
	},
	Exec: func(m *runtime.Module) *runtime.Exception {
		m.SetAttr("has_uuid_generate_time_safe", runtime.Int(1))
		return nil
	},
}

// gregorianOffset is the number of 100-ns intervals from 1582-10-15 (the
// UUID epoch) to 1970-01-01.
const gregorianOffset = 0x01B21DD213814000

var (
	mu       sync.Mutex
	node     []byte
	clockSeq uint16
	lastTime uint64
)

// uuid_generate_time_safe returns (16 bytes, -1): -1 is libuuid's answer
// when no uuidd daemon vouches that the value is unique across processes,
// which is what it reports on a machine like this one.
func uuid_generate_time_safe(self runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
	b := generateTime()
	return runtime.TupleValue(runtime.NewBytes(b[:]), runtime.Int(-1)), nil
}

func generateTime() [16]byte {
	mu.Lock()
	defer mu.Unlock()
	if node == nil {
		node = hardwareNode()
		var seq [2]byte
		rand.Read(seq[:])
		clockSeq = binary.BigEndian.Uint16(seq[:]) & 0x3fff
	}
	t := uint64(time.Now().UnixNano()/100) + gregorianOffset
	if t <= lastTime {
		// Two UUIDs in one 100-ns tick (or a clock step back): keep them
		// distinct and increasing.
		t = lastTime + 1
	}
	lastTime = t
	var u [16]byte
	binary.BigEndian.PutUint32(u[0:], uint32(t))
	binary.BigEndian.PutUint16(u[4:], uint16(t>>32))
	binary.BigEndian.PutUint16(u[6:], uint16(t>>48)&0x0fff|0x1000)
	binary.BigEndian.PutUint16(u[8:], clockSeq|0x8000)
	copy(u[10:], node)
	return u
}

// hardwareNode returns the MAC address of the first configured interface
// with one, as libuuid's get_node_id finds it (SIOCGIFCONF, then
// SIOCGIFHWADDR); else a random node with the multicast bit set.
func hardwareNode() []byte {
	if mac := firstMAC(); mac != nil {
		return mac
	}
	n := make([]byte, 6)
	rand.Read(n)
	n[0] |= 0x01
	return n
}

// ifreqSize is sizeof(struct ifreq) on 64-bit Linux.
const ifreqSize = 40

func firstMAC() []byte {
	fd, err := syscall.Socket(syscall.AF_INET, syscall.SOCK_DGRAM, 0)
	if err != nil {
		return nil
	}
	defer syscall.Close(fd)
	buf := make([]byte, 64*ifreqSize)
	var ifc struct {
		len int32
		_   int32
		buf uintptr
	}
	ifc.len = int32(len(buf))
	ifc.buf = uintptr(unsafe.Pointer(&buf[0]))
	_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.SIOCGIFCONF, uintptr(unsafe.Pointer(&ifc)))
	if e != 0 {
		return nil
	}
	for off := 0; off+ifreqSize <= int(ifc.len); off += ifreqSize {
		var req [ifreqSize]byte
		copy(req[:16], buf[off:off+16])
		_, _, e := syscall.Syscall(syscall.SYS_IOCTL, uintptr(fd), syscall.SIOCGIFHWADDR, uintptr(unsafe.Pointer(&req[0])))
		if e != 0 {
			continue
		}
		// The address follows the interface name and sa_family.
		mac := req[18:24]
		for _, c := range mac {
			if c != 0 {
				return append([]byte(nil), mac...)
			}
		}
	}
	return nil
}
