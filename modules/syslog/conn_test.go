// This file tests the datagrams sent to the logger against glibc's format.

package syslog

import (
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"syscall"
	"testing"
)

func TestSendFormat(t *testing.T) {
	dir := t.TempDir()
	logPath = filepath.Join(dir, "log")
	defer func() { logPath = "/dev/log" }()
	fd, err := syscall.Socket(syscall.AF_UNIX, syscall.SOCK_DGRAM, 0)
	if err != nil {
		t.Fatal(err)
	}
	defer syscall.Close(fd)
	if err := syscall.Bind(fd, &syscall.SockaddrUnix{Name: logPath}); err != nil {
		t.Fatal(err)
	}
	openlog("tool", true, logPID, 16) // LOG_MAIL
	send(3, "disk full")              // LOG_ERR
	send(7|128, "debug line")         // LOG_DEBUG|LOG_LOCAL0
	state.mask = 1 << 3
	send(6, "masked out")
	send(3, "after mask")
	state.mask = 0xff
	buf := make([]byte, 512)
	want := []string{
		`^<19>[A-Z][a-z]{2} [ 1-3][0-9] \d\d:\d\d:\d\d tool\[(\d+)\]: disk full$`,
		`^<135>[A-Z][a-z]{2} [ 1-3][0-9] \d\d:\d\d:\d\d tool\[(\d+)\]: debug line$`,
		`^<19>[A-Z][a-z]{2} [ 1-3][0-9] \d\d:\d\d:\d\d tool\[(\d+)\]: after mask$`,
	}
	for _, w := range want {
		n, _, err := syscall.Recvfrom(fd, buf, 0)
		if err != nil {
			t.Fatal(err)
		}
		m := regexp.MustCompile(w).FindStringSubmatch(string(buf[:n]))
		if m == nil || m[1] != strconv.Itoa(os.Getpid()) {
			t.Errorf("got %q, want %s", buf[:n], w)
		}
	}
	state.conn.close()
	state.conn, state.open = nil, false
}
