// This file tests the tokenizer against CPython 3.11's.

package syntax

import (
	"fmt"
	"os"
	"strings"
	"testing"
)

// dumpTokens renders the tokens of src one per line, or the error.
func dumpTokens(src []byte) string {
	var sb strings.Builder
	t := NewTokenizer(src, "f")
	for i := 0; i < 1000000; i++ {
		tok, err := t.Next()
		if err != nil {
			fmt.Fprintf(&sb, "ERROR %s %q %d %d %d %d %q\n", err.Class, err.Msg, err.Lineno, err.Offset, err.EndLineno, err.EndOffset, err.Text)
			break
		}
		fmt.Fprintf(&sb, "%d %q %d,%d-%d,%d\n", tok.Kind, tok.Val, tok.Line, tok.Col, tok.EndLine, tok.EndCol)
		if tok.Kind == ENDMARKER {
			break
		}
	}
	return sb.String()
}

func TestDumpFile(t *testing.T) {
	f := os.Getenv("TOKDUMP")
	if f == "" {
		t.Skip("set TOKDUMP")
	}
	src, _ := os.ReadFile(f)
	fmt.Print(dumpTokens(src))
}
