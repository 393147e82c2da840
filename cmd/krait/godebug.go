// containermaxprocs=0: the Go runtime would otherwise keep the cgroup's
// cpu.cfs_quota_us and cpu.cfs_period_us open for the life of the process
// (to follow quota changes), and those two descriptors, 3 and 4, are ones a
// CPython process does not have: os.open would return 5 for the first
// file, and a child run with close_fds/pass_fds would show extra open
// descriptors. GOMAXPROCS then follows the CPUs the process may run on.

//go:debug containermaxprocs=0

package main
