// This file defines the -X options of the specializing interpreter:
// -X nospecialize runs every instruction in its generic form, and -X stats
// prints the specialization counters per instruction family to stderr at
// exit (DESIGN.md §5).

package main

import (
	"io"

	"krait/runtime"
)

// applySpecializeOptions applies -X nospecialize and -X stats and returns
// the function to call at exit.
func applySpecializeOptions(c *cmdline, stderr io.Writer) func() {
	if _, ok := c.xopt("nospecialize"); ok {
		runtime.SetSpecialize(false)
	}
	if _, ok := c.xopt("stats"); ok {
		runtime.EnableSpecStats()
		return func() { runtime.WriteSpecStats(stderr) }
	}
	return func() {}
}
