// This file defines dropInitPages for systems other than Linux, where it
// does nothing (dropinit_linux.go says why Linux has it).

//go:build !linux

package main

func dropInitPages() {}
