// This file defines the connection to the system logger and the message
// format, as glibc's syslog(3) writes them.

package syslog

import (
	"fmt"
	"os"
	"strings"
	"syscall"
	"time"
)

// logPath is the logger's socket; tests point it elsewhere.
var logPath = "/dev/log"

// consolePath receives the message under LOG_CONS when the logger cannot.
var consolePath = "/dev/console"

// logConn is a connected socket to the logger; stream tells that the
// logger only took a SOCK_STREAM connection (messages then end in NUL).
type logConn struct {
	fd     int
	stream bool
}

// dialLog connects to the logger as openlog(3) does: a datagram socket,
// or a stream one when the logger refuses datagrams. It returns nil when
// there is no logger.
func dialLog() *logConn {
	for _, typ := range []int{syscall.SOCK_DGRAM, syscall.SOCK_STREAM} {
		fd, err := syscall.Socket(syscall.AF_UNIX, typ|syscall.SOCK_CLOEXEC, 0)
		if err != nil {
			return nil
		}
		err = syscall.Connect(fd, &syscall.SockaddrUnix{Name: logPath})
		if err == nil {
			return &logConn{fd: fd, stream: typ == syscall.SOCK_STREAM}
		}
		syscall.Close(fd)
		if err != syscall.EPROTOTYPE {
			return nil
		}
	}
	return nil
}

func (c *logConn) close() {
	if c != nil {
		syscall.Close(c.fd)
	}
}

func (c *logConn) write(b []byte) bool {
	if c == nil {
		return false
	}
	if c.stream {
		b = append(b, 0)
	}
	n, err := syscall.Write(c.fd, b)
	return err == nil && n == len(b)
}

// send logs msg at priority as syslog(3) does: it applies the mask and
// the default facility, writes the LOG_PERROR copy, and reconnects once
// when the logger went away.
func send(priority int64, msg string) {
	state.mu.Lock()
	defer state.mu.Unlock()
	if priority&^(priMask|facMask) != 0 {
		priority &= priMask | facMask
	}
	if (int64(1)<<(priority&priMask))&state.mask == 0 {
		return
	}
	if priority&facMask == 0 {
		priority |= state.facility
	}
	stamp := fmt.Sprintf("<%d>%s ", priority, time.Now().Format("Jan _2 15:04:05"))
	body := header() + msg
	if state.option&logPError != 0 {
		line := body
		if !strings.HasSuffix(line, "\n") {
			line += "\n"
		}
		syscall.Write(2, []byte(line))
	}
	packet := []byte(stamp + body)
	if state.conn == nil {
		state.conn = dialLog()
	}
	if state.conn.write(packet) {
		return
	}
	state.conn.close()
	state.conn = dialLog()
	if !state.conn.write(packet) && state.option&logCons != 0 {
		writeConsole(body)
	}
}

// header is "ident[pid]: " with the parts the options ask for; without an
// ident the C library names the program.
func header() string {
	ident, has := state.ident, state.hasIdent
	if !has {
		ident, has = progName(), true
	}
	h := ident
	if state.option&logPID != 0 {
		h += fmt.Sprintf("[%d]", os.Getpid())
	}
	if has {
		h += ": "
	}
	return h
}

// progName is glibc's program_invocation_short_name.
func progName() string {
	name := os.Args[0]
	if i := strings.LastIndexByte(name, '/'); i >= 0 {
		name = name[i+1:]
	}
	return name
}

func writeConsole(body string) {
	fd, err := syscall.Open(consolePath, syscall.O_WRONLY|syscall.O_NOCTTY|syscall.O_CLOEXEC, 0)
	if err != nil {
		return
	}
	syscall.Write(fd, []byte(body+"\r\n"))
	syscall.Close(fd)
}
