// This file lists the network interfaces (if_nameindex and friends)
// through a netlink RTM_GETLINK dump, without package net (see dns.go).

package socket

import (
	"syscall"
	"unsafe"
)

// netIface is one interface: its index and name.
type netIface struct {
	index int
	name  string
}

// interfaces returns the system's network interfaces in kernel order.
func interfaces() ([]netIface, error) {
	rib, err := syscall.NetlinkRIB(syscall.RTM_GETLINK, syscall.AF_UNSPEC)
	if err != nil {
		return nil, err
	}
	msgs, err := syscall.ParseNetlinkMessage(rib)
	if err != nil {
		return nil, err
	}
	var out []netIface
	for _, m := range msgs {
		if m.Header.Type == syscall.NLMSG_DONE {
			break
		}
		if m.Header.Type != syscall.RTM_NEWLINK || len(m.Data) < syscall.SizeofIfInfomsg {
			continue
		}
		info := (*syscall.IfInfomsg)(unsafe.Pointer(&m.Data[0]))
		attrs, err := syscall.ParseNetlinkRouteAttr(&m)
		if err != nil {
			return nil, err
		}
		for _, a := range attrs {
			if a.Attr.Type == syscall.IFLA_IFNAME {
				name := a.Value
				for len(name) > 0 && name[len(name)-1] == 0 {
					name = name[:len(name)-1]
				}
				out = append(out, netIface{int(info.Index), string(name)})
			}
		}
	}
	return out, nil
}

// nameToIndex returns the index of the network interface name.
func nameToIndex(name string) (int, bool) {
	ifs, _ := interfaces()
	for _, i := range ifs {
		if i.name == name {
			return i.index, true
		}
	}
	return 0, false
}

// indexToName returns the name of the network interface index.
func indexToName(index int) (string, bool) {
	ifs, _ := interfaces()
	for _, i := range ifs {
		if i.index == index {
			return i.name, true
		}
	}
	return "", false
}
