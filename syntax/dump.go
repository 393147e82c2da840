// This file formats a tree like CPython's ast.dump. (Contract stub: the dump
// helper replaces the body.)

package syntax

// Dump returns what CPython 3.11 prints for
// ast.dump(tree, include_attributes=includeAttributes).
func Dump(n Node, includeAttributes bool) string { return "" }
