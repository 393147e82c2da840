// This file defines the code generation of match statements.

package compiler

import "krait/syntax"

func (c *compiler) matchStmt(s *syntax.Match) {
	c.errorf("match statements are not supported yet")
}
