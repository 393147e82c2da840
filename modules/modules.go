// Package modules links the native modules written in Go (one package per
// module below this directory) into the runtime's registry of builtin
// modules. Each register_*.go file lists one group of them; cmd/krait and
// embedders import this package to get the whole standard set.
package modules

// Linked is true once this package is linked in; importing the package for
// its side effect is the point, and this gives the import a name to use.
const Linked = true
