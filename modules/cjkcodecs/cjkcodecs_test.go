// This file tests the CJK codecs against python3.11: every table codec's
// encoding and decoding of sample text, and table lookups themselves.
package cjkcodecs

import (
	"bytes"
	"os/exec"
	"strings"
	"testing"
)

var sample = "ASCII ~\\ \u3042\u30a2\u4e00\u4e8c\uac00\ud55c\u00e6\u00e9\u03b1\uff71\u6f22\u5b57\n"

func allCodecs() []string {
	var names []string
	for _, m := range []string{"_codecs_cn", "_codecs_tw", "_codecs_hk", "_codecs_jp", "_codecs_kr", "_codecs_iso2022"} {
		names = append(names, moduleCodecs[m]...)
	}
	return names
}

func TestAgainstCPython(t *testing.T) {
	py, err := exec.LookPath("python3.11")
	if err != nil {
		t.Skip("python3.11 not found")
	}
	for _, name := range allCodecs() {
		c := &codec{name: name, impl: newImpl(name)}
		st := c.impl.initEnc()
		got, _, perr := c.encodeRun(&st, sample, wtf8Runes(sample), "replace", true)
		if perr != nil {
			t.Fatalf("%s: encode failed", name)
		}
		cmd := exec.Command(py, "-c", "import sys; sys.stdout.buffer.write(sys.stdin.read().encode(sys.argv[1], 'replace'))", name)
		cmd.Stdin = strings.NewReader(sample)
		want, err := cmd.Output()
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got, want) {
			t.Errorf("%s: encode gave %q, CPython %q", name, got, want)
		}
		st = c.impl.initDec()
		text, n, perr := c.decodeRun(&st, want, "strict", true)
		if perr != nil || n != len(want) {
			t.Fatalf("%s: decode failed", name)
		}
		cmd = exec.Command(py, "-c", "import sys; sys.stdout.buffer.write(sys.stdin.buffer.read().decode(sys.argv[1]).encode('utf-8', 'surrogatepass'))", name)
		cmd.Stdin = bytes.NewReader(want)
		wantText, err := cmd.Output()
		if err != nil {
			t.Fatal(err)
		}
		if text != string(wantText) {
			t.Errorf("%s: decode gave %q, CPython %q", name, text, wantText)
		}
	}
}

func TestIncompleteAtEnd(t *testing.T) {
	c := &codec{name: "shift_jis", impl: newImpl("shift_jis")}
	st := 0
	text, n, err := c.decodeRun(&st, []byte("a\x82"), "strict", false)
	if err != nil || text != "a" || n != 1 {
		t.Fatalf("got %q, %d", text, n)
	}
}
