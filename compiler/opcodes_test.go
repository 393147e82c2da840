// This file tests the opcode table and keeps opcodes_gen.go in step with it.

package compiler

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"strings"
	"testing"
)

var updateOpcodes = flag.Bool("update-opcodes", false, "rewrite opcodes_gen.go from OpTable")

// renderOpcodeConsts produces opcodes_gen.go from OpTable.
func renderOpcodeConsts() []byte {
	var b bytes.Buffer
	b.WriteString("// This file defines the Opcode constants. Code generated from OpTable by\n")
	b.WriteString("// `go generate` (TestOpcodeConstsUpToDate); DO NOT EDIT.\n\npackage compiler\n\n")
	b.WriteString("// The opcodes, in OpTable order.\nconst (\n")
	for i, o := range OpTable {
		if i == 0 {
			fmt.Fprintf(&b, "\t%s Opcode = iota // %s\n", o.Name, o.Effect)
		} else {
			fmt.Fprintf(&b, "\t%s // %s\n", o.Name, o.Effect)
		}
	}
	b.WriteString(")\n\n// NumOpcodes is the number of opcodes.\n")
	fmt.Fprintf(&b, "const NumOpcodes = %d\n", len(OpTable))
	return b.Bytes()
}

func TestOpcodeConstsUpToDate(t *testing.T) {
	want := renderOpcodeConsts()
	if *updateOpcodes {
		if err := os.WriteFile("opcodes_gen.go", want, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	got, err := os.ReadFile("opcodes_gen.go")
	if err != nil {
		t.Fatal(err)
	}
	// gofmt aligns the comments; compare without runs of blanks.
	norm := func(b []byte) string { return strings.Join(strings.Fields(string(b)), " ") }
	if norm(got) != norm(want) {
		t.Fatal("opcodes_gen.go is stale: run go generate ./compiler && gofmt -w compiler")
	}
}

func TestOpcodeTable(t *testing.T) {
	if len(OpTable) > 256 {
		t.Fatalf("%d opcodes do not fit in 8 bits", len(OpTable))
	}
	seen := map[string]bool{}
	for i, o := range OpTable {
		if o.Name == "" || o.Effect == "" {
			t.Errorf("opcode %d lacks a name or effect", i)
		}
		if seen[o.Name] {
			t.Errorf("duplicate opcode %s", o.Name)
		}
		seen[o.Name] = true
		ops := o.Operands()
		if len(ops) > 3 || strings.ContainsRune(ops, '>') {
			t.Errorf("%s: bad format %q", o.Name, o.Format)
		}
		for j, ch := range ops {
			if !strings.ContainsRune("rknijd_RKNIJ", ch) {
				t.Errorf("%s: bad operand letter %q", o.Name, ch)
			}
			if ch >= 'A' && ch <= 'Z' && j != len(ops)-1 {
				t.Errorf("%s: a wide operand must come last", o.Name)
			}
			if ch >= 'A' && ch <= 'Z' && j != 1 {
				t.Errorf("%s: the wide operand is bx (second)", o.Name)
			}
		}
	}
	// The operator families are indexed by syntax enum values.
	if OpTable[ADD].Name != "ADD" || OpTable[ADD+12].Name != "FLOORDIV" || OpTable[IADD+12].Name != "IFLOORDIV" {
		t.Error("binary families out of order")
	}
	if OpTable[EQ+9].Name != "NOT_IN" || OpTable[IF_EQ_K+9].Name != "IF_NOT_IN_K" {
		t.Error("compare families out of order")
	}
}

func TestDecodeExt(t *testing.T) {
	code := []uint32{
		uint32(EXT) | 1<<8 | 2<<16 | 3<<24,
		uint32(MOVE) | 4<<8 | 5<<16,
		uint32(EXT) | 0x12<<16 | 0x34<<24,
		uint32(LOAD_CONST) | 7<<8 | 0xbeef<<16,
	}
	in := Decode(code, 0)
	if in.Op != MOVE || in.A != 0x104 || in.B != 0x205 || in.Len != 2 {
		t.Errorf("got %+v", in)
	}
	in = Decode(code, 2)
	if in.Op != LOAD_CONST || in.A != 7 || in.B != 0x3412beef {
		t.Errorf("got %+v (%x)", in, in.B)
	}
}

func TestPositionsRoundTrip(t *testing.T) {
	pos := []Position{{3, 3, 0, 5}, {3, 3, 0, 5}, {-1, -1, -1, -1}, {10, 12, 4, 1}, {2, 2, 7, 9}}
	c := &Code{FirstLineNo: 3, LineTable: encodePositions(pos, 3), Instrs: make([]uint32, len(pos))}
	got := c.Positions()
	if fmt.Sprint(got) != fmt.Sprint(pos) {
		t.Fatalf("got %v want %v", got, pos)
	}
	for i, p := range pos {
		if c.PositionAt(i) != p {
			t.Errorf("PositionAt(%d) = %v", i, c.PositionAt(i))
		}
	}
}
