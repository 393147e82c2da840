// Package posix is CPython 3.11's posix module (what os.py imports on
// Linux): file system and descriptor operations, the environment,
// processes, and the result types (stat_result, uname_result, ...). System
// calls go through Go's syscall package, or raw syscalls for the *at family;
// failures raise the OSError subclass CPython raises, with its message.
package posix

import (
	"strings"
	"syscall"

	"krait/runtime"
)

// Module is the posix module.
var Module = &runtime.ModuleDef{
	Name: "posix",
	Doc: "This module provides access to operating system functionality that is\n" +
		"standardized by the C Standard and the POSIX standard (a thinly\n" +
		"disguised Unix interface).  Refer to the library manual and\n" +
		"corresponding Unix manual entries for more information on calls.",
	Methods: clinicFlags(append(append([]runtime.Method(nil), posixMethods...), statusMacros...)),
	Exec:    posixExec,
}

var posixMethods = []runtime.Method{
	// Files and directories.
	{Name: "stat", Sig: "path, *, dir_fd=, follow_symlinks=", Fn: posix_stat},
	{Name: "lstat", Sig: "path, *, dir_fd=", Fn: posix_lstat},
	{Name: "fstat", Sig: "fd", Fn: posix_fstat},
	{Name: "getcwd", Flags: runtime.MethNoArgs, Fn: posix_getcwd},
	{Name: "getcwdb", Flags: runtime.MethNoArgs, Fn: posix_getcwdb},
	{Name: "chdir", Sig: "path", Fn: posix_chdir},
	{Name: "fchdir", Sig: "fd", Fn: posix_fchdir},
	{Name: "listdir", Sig: "path=", Fn: posix_listdir},
	{Name: "mkdir", Sig: "path, mode=, *, dir_fd=", Fn: posix_mkdir},
	{Name: "rmdir", Sig: "path, *, dir_fd=", Fn: posix_rmdir},
	{Name: "unlink", Sig: "path, *, dir_fd=", Fn: posix_unlink},
	{Name: "remove", Sig: "path, *, dir_fd=", Fn: posix_remove},
	{Name: "rename", Sig: "src, dst, *, src_dir_fd=, dst_dir_fd=", Fn: posix_rename},
	{Name: "replace", Sig: "src, dst, *, src_dir_fd=, dst_dir_fd=", Fn: posix_replace},
	{Name: "link", Sig: "src, dst, *, src_dir_fd=, dst_dir_fd=, follow_symlinks=", Fn: posix_link},
	{Name: "symlink", Sig: "src, dst, target_is_directory=, *, dir_fd=", Fn: posix_symlink},
	{Name: "readlink", Sig: "path, *, dir_fd=", Fn: posix_readlink},
	{Name: "chmod", Sig: "path, mode, *, dir_fd=, follow_symlinks=", Fn: posix_chmod},
	{Name: "fchmod", Sig: "fd, mode", Fn: posix_fchmod},
	{Name: "access", Sig: "path, mode, *, dir_fd=, effective_ids=, follow_symlinks=", Fn: posix_access},
	{Name: "umask", Sig: "mask, /", Fn: posix_umask},
	{Name: "truncate", Sig: "path, length", Fn: posix_truncate},
	{Name: "ftruncate", Sig: "fd, length, /", Fn: posix_ftruncate},
	{Name: "utime", Sig: "path, times=, *, ns=, dir_fd=, follow_symlinks=", Fn: posix_utime},
	{Name: "scandir", Sig: "path=", Fn: posix_scandir},
	{Name: "_path_normpath", Sig: "path", Fn: posix__path_normpath},
	{Name: "sysconf", Sig: "name, /", Fn: posix_sysconf},
	{Name: "confstr", Sig: "name, /", Fn: posix_confstr},
	{Name: "pathconf", Sig: "path, name", Fn: posix_pathconf},
	{Name: "fpathconf", Sig: "fd, name, /", Fn: posix_fpathconf},
	{Name: "fspath", Sig: "path", Fn: func(_ runtime.Value, a []runtime.Value) (runtime.Value, *runtime.Exception) {
		return fspath(a[0])
	}},
	// File descriptors.
	{Name: "open", Sig: "path, flags, mode=, *, dir_fd=", Fn: posix_open},
	{Name: "close", Sig: "fd", Fn: posix_close},
	{Name: "closerange", Sig: "fd_low, fd_high, /", Fn: posix_closerange},
	{Name: "read", Sig: "fd, length, /", Fn: posix_read},
	{Name: "write", Sig: "fd, data, /", Fn: posix_write},
	{Name: "pread", Sig: "fd, length, offset, /", Fn: posix_pread},
	{Name: "pwrite", Sig: "fd, buffer, offset, /", Fn: posix_pwrite},
	{Name: "lseek", Sig: "fd, position, whence, /", Fn: posix_lseek},
	{Name: "dup", Sig: "fd, /", Fn: posix_dup},
	{Name: "dup2", Sig: "fd, fd2, inheritable=", Fn: posix_dup2},
	{Name: "pipe", Flags: runtime.MethNoArgs, Fn: posix_pipe},
	{Name: "pipe2", Sig: "flags, /", Fn: posix_pipe2},
	{Name: "isatty", Sig: "fd, /", Fn: posix_isatty},
	{Name: "device_encoding", Sig: "fd", Fn: posix_device_encoding},
	{Name: "fsync", Sig: "fd", Fn: posix_fsync},
	{Name: "fdatasync", Sig: "fd", Fn: posix_fsync},
	{Name: "get_inheritable", Sig: "fd, /", Fn: posix_get_inheritable},
	{Name: "set_inheritable", Sig: "fd, inheritable, /", Fn: posix_set_inheritable},
	{Name: "get_blocking", Sig: "fd, /", Fn: posix_get_blocking},
	{Name: "set_blocking", Sig: "fd, blocking, /", Fn: posix_set_blocking},
	{Name: "get_terminal_size", Sig: "fd=, /", Fn: posix_get_terminal_size},
	// Environment and processes.
	{Name: "putenv", Sig: "name, value, /", Fn: posix_putenv},
	{Name: "unsetenv", Sig: "name, /", Fn: posix_unsetenv},
	{Name: "getpid", Flags: runtime.MethNoArgs, Fn: intFn(syscall.Getpid)},
	{Name: "getppid", Flags: runtime.MethNoArgs, Fn: intFn(syscall.Getppid)},
	{Name: "getuid", Flags: runtime.MethNoArgs, Fn: intFn(syscall.Getuid)},
	{Name: "geteuid", Flags: runtime.MethNoArgs, Fn: intFn(syscall.Geteuid)},
	{Name: "getgid", Flags: runtime.MethNoArgs, Fn: intFn(syscall.Getgid)},
	{Name: "getegid", Flags: runtime.MethNoArgs, Fn: intFn(syscall.Getegid)},
	{Name: "getpgrp", Flags: runtime.MethNoArgs, Fn: intFn(syscall.Getpgrp)},
	{Name: "getlogin", Flags: runtime.MethNoArgs, Fn: posix_getlogin},
	{Name: "_exit", Sig: "status", Fn: posix__exit},
	{Name: "abort", Flags: runtime.MethNoArgs, Fn: posix_abort},
	{Name: "kill", Sig: "pid, signal, /", Fn: posix_kill},
	{Name: "killpg", Sig: "pgid, signal, /", Fn: posix_killpg},
	{Name: "waitpid", Sig: "pid, options, /", Fn: posix_waitpid},
	{Name: "wait", Flags: runtime.MethNoArgs, Fn: posix_wait},
	{Name: "waitstatus_to_exitcode", Sig: "status", Fn: posix_waitstatus_to_exitcode},
	{Name: "fork", Flags: runtime.MethNoArgs, Fn: posix_fork},
	{Name: "register_at_fork", Sig: "*, before=, after_in_child=, after_in_parent=", Fn: posix_register_at_fork},
	{Name: "urandom", Sig: "size, /", Fn: posix_urandom},
	{Name: "strerror", Sig: "code, /", Fn: posix_strerror},
	{Name: "times", Flags: runtime.MethNoArgs, Fn: posix_times},
	{Name: "uname", Flags: runtime.MethNoArgs, Fn: posix_uname},
	{Name: "cpu_count", Flags: runtime.MethNoArgs, Fn: posix_cpu_count},
	{Name: "getloadavg", Flags: runtime.MethNoArgs, Fn: posix_getloadavg},
	{Name: "sched_getaffinity", Sig: "pid, /", Fn: posix_sched_getaffinity},
	{Name: "sched_yield", Flags: runtime.MethNoArgs, Fn: posix_sched_yield},
	{Name: "execv", Sig: "path, argv, /", Fn: posix_execv},
	{Name: "execve", Sig: "path, argv, env", Fn: posix_execve},
	{Name: "system", Sig: "command", Fn: posix_system},
	{Name: "getpgid", Sig: "pid", Fn: posix_getpgid},
	{Name: "setpgid", Sig: "pid, pgrp, /", Fn: posix_setpgid},
	{Name: "getsid", Sig: "pid, /", Fn: posix_getsid},
	{Name: "setsid", Flags: runtime.MethNoArgs, Fn: posix_setsid},
	{Name: "getgroups", Flags: runtime.MethNoArgs, Fn: posix_getgroups},
	{Name: "setuid", Sig: "uid, /", Fn: idSetter(syscall.Setuid)},
	{Name: "setgid", Sig: "gid, /", Fn: idSetter(syscall.Setgid)},
	{Name: "seteuid", Sig: "euid, /", Fn: idSetter(syscall.Seteuid)},
	{Name: "setegid", Sig: "egid, /", Fn: idSetter(syscall.Setegid)},
	{Name: "getpriority", Sig: "which, who", Fn: posix_getpriority},
	{Name: "setpriority", Sig: "which, who, priority", Fn: posix_setpriority},
	{Name: "nice", Sig: "increment, /", Fn: posix_nice},
	{Name: "chown", Sig: "path, uid, gid, *, dir_fd=, follow_symlinks=", Fn: posix_chown},
	{Name: "lchown", Sig: "path, uid, gid", Fn: posix_lchown},
	{Name: "fchown", Sig: "fd, uid, gid", Fn: posix_fchown},
	{Name: "mkfifo", Sig: "path, mode=, *, dir_fd=", Fn: posix_mkfifo},
	{Name: "mknod", Sig: "path, mode=, device=, *, dir_fd=", Fn: posix_mknod},
	{Name: "major", Sig: "device, /", Fn: posix_major},
	{Name: "minor", Sig: "device, /", Fn: posix_minor},
	{Name: "makedev", Sig: "major, minor, /", Fn: posix_makedev},
	{Name: "sync", Flags: runtime.MethNoArgs, Fn: posix_sync},
	{Name: "statvfs", Sig: "path", Fn: posix_statvfs},
	{Name: "fstatvfs", Sig: "fd, /", Fn: posix_fstatvfs},
	{Name: "ttyname", Sig: "fd, /", Fn: posix_ttyname},
	{Name: "ctermid", Flags: runtime.MethNoArgs, Fn: posix_ctermid},
	{Name: "getrandom", Sig: "size, flags=", Fn: posix_getrandom},
	{Name: "wait3", Sig: "options", Fn: posix_wait3},
	{Name: "wait4", Sig: "pid, options", Fn: posix_wait4},
	{Name: "waitid", Sig: "idtype, id, options, /", Fn: posix_waitid},
	{Name: "getresuid", Flags: runtime.MethNoArgs, Fn: getres(syscall.SYS_GETRESUID)},
	{Name: "getresgid", Flags: runtime.MethNoArgs, Fn: getres(syscall.SYS_GETRESGID)},
	{Name: "setresuid", Sig: "ruid, euid, suid, /", Fn: setIDs(syscall.SYS_SETRESUID, 3, "uid")},
	{Name: "setresgid", Sig: "rgid, egid, sgid, /", Fn: setIDs(syscall.SYS_SETRESGID, 3, "gid")},
	{Name: "setreuid", Sig: "ruid, euid, /", Fn: setIDs(syscall.SYS_SETREUID, 2, "uid")},
	{Name: "setregid", Sig: "rgid, egid, /", Fn: setIDs(syscall.SYS_SETREGID, 2, "gid")},
	{Name: "getgrouplist", Sig: "user, group, /", Fn: posix_getgrouplist},
	{Name: "lockf", Sig: "fd, command, length, /", Fn: posix_lockf},
	{Name: "readv", Sig: "fd, buffers, /", Fn: posix_readv},
	{Name: "writev", Sig: "fd, buffers, /", Fn: posix_writev},
	{Name: "sendfile", Sig: "out_fd, in_fd, offset, count", Fn: posix_sendfile},
	{Name: "copy_file_range", Sig: "src, dst, count, offset_src=, offset_dst=", Fn: posix_copy_file_range},
	{Name: "memfd_create", Sig: "name, flags=", Fn: posix_memfd_create},
	{Name: "eventfd", Sig: "initval, flags=", Fn: posix_eventfd},
	{Name: "eventfd_read", Sig: "fd", Fn: posix_eventfd_read},
	{Name: "eventfd_write", Sig: "fd, value", Fn: posix_eventfd_write},
	{Name: "pidfd_open", Sig: "pid, flags=", Fn: posix_pidfd_open},
	{Name: "posix_fallocate", Sig: "fd, offset, len, /", Fn: posix_posix_fallocate},
	{Name: "posix_fadvise", Sig: "fd, offset, len, advice, /", Fn: posix_posix_fadvise},
	{Name: "sched_setaffinity", Sig: "pid, mask, /", Fn: posix_sched_setaffinity},
	{Name: "sched_get_priority_max", Sig: "policy", Fn: schedInt(syscall.SYS_SCHED_GET_PRIORITY_MAX)},
	{Name: "sched_get_priority_min", Sig: "policy", Fn: schedInt(syscall.SYS_SCHED_GET_PRIORITY_MIN)},
	{Name: "sched_getscheduler", Sig: "pid, /", Fn: schedInt(syscall.SYS_SCHED_GETSCHEDULER)},
	{Name: "openpty", Flags: runtime.MethNoArgs, Fn: posix_openpty},
	{Name: "login_tty", Sig: "fd, /", Flags: runtime.MethO, Fn: posix_login_tty},
	{Name: "forkpty", Flags: runtime.MethNoArgs, Fn: posix_forkpty},
	{Name: "tcgetpgrp", Sig: "fd, /", Fn: posix_tcgetpgrp},
	{Name: "tcsetpgrp", Sig: "fd, pgid, /", Fn: posix_tcsetpgrp},
	{Name: "setpgrp", Flags: runtime.MethNoArgs, Fn: posix_setpgrp},
	{Name: "getxattr", Sig: "path, attribute, *, follow_symlinks=", Fn: posix_getxattr},
	{Name: "setxattr", Sig: "path, attribute, value, flags=, *, follow_symlinks=", Fn: posix_setxattr},
	{Name: "removexattr", Sig: "path, attribute, *, follow_symlinks=", Fn: posix_removexattr},
	{Name: "listxattr", Sig: "path=, *, follow_symlinks=", Fn: posix_listxattr},
	{Name: "chroot", Sig: "path", Fn: posix_chroot},
	{Name: "setgroups", Sig: "groups, /", Fn: posix_setgroups},
	{Name: "initgroups", Sig: "username, gid, /", Fn: posix_initgroups},
	{Name: "preadv", Sig: "fd, buffers, offset, flags=, /", Fn: posix_preadv},
	{Name: "pwritev", Sig: "fd, buffers, offset, flags=, /", Fn: posix_pwritev},
	{Name: "sched_getparam", Sig: "pid, /", Fn: posix_sched_getparam},
	{Name: "sched_setparam", Sig: "pid, param, /", Fn: posix_sched_setparam},
	{Name: "sched_setscheduler", Sig: "pid, policy, param, /", Fn: posix_sched_setscheduler},
	{Name: "sched_rr_get_interval", Sig: "pid, /", Fn: posix_sched_rr_get_interval},
	{Name: "posix_spawn", Sig: spawnSig, Fn: posix_posix_spawn},
	{Name: "posix_spawnp", Sig: spawnSig, Fn: posix_posix_spawnp},
	{Name: "splice", Sig: "src, dst, count, offset_src=, offset_dst=, flags=", Fn: posix_splice},
}

// oldStyle lists the functions CPython still parses with PyArg_ParseTuple
// (their pid_t arguments), whose arity errors read "kill() takes exactly 2
// arguments (1 given)".
var oldStyle = map[string]bool{"kill": true, "killpg": true, "waitpid": true, "setpgid": true}

// clinicFlags gives each method the calling convention Argument Clinic
// gives it in CPython: METH_O for a single positional-only parameter.
func clinicFlags(ms []runtime.Method) []runtime.Method {
	for i := range ms {
		m := &ms[i]
		if strings.Count(m.Sig, ",") == 1 && strings.HasSuffix(m.Sig, ", /") && !strings.Contains(m.Sig, "=") {
			m.Flags |= runtime.MethO
		}
		if oldStyle[m.Name] {
			m.Flags |= runtime.MethOld
		}
	}
	return ms
}

// haveFunctions is posix._have_functions: the HAVE_* features os.py turns
// into supports_dir_fd, supports_fd and supports_follow_symlinks.
var haveFunctions = []string{"HAVE_FACCESSAT", "HAVE_FCHDIR", "HAVE_FCHMOD", "HAVE_FCHMODAT", "HAVE_FCHOWN", "HAVE_FCHOWNAT", "HAVE_FDOPENDIR", "HAVE_FEXECVE", "HAVE_FPATHCONF",
	"HAVE_FSTATAT", "HAVE_FSTATVFS", "HAVE_FTRUNCATE", "HAVE_FUTIMENS", "HAVE_LCHOWN", "HAVE_MEMFD_CREATE", "HAVE_EVENTFD", "HAVE_LINKAT", "HAVE_LSTAT", "HAVE_MKDIRAT", "HAVE_MKFIFOAT", "HAVE_MKNODAT",
	"HAVE_OPENAT", "HAVE_READLINKAT", "HAVE_RENAMEAT", "HAVE_SYMLINKAT", "HAVE_UNLINKAT", "HAVE_UTIMENSAT"}

func constDict(cs []constant) runtime.Value {
	d := runtime.NewDict()
	for _, c := range cs {
		d.SetStr(runtime.Intern(c.name), runtime.Int(c.value))
	}
	return d.Value()
}

func posixExec(m *runtime.Module) *runtime.Exception {
	for _, c := range posixConstants {
		m.SetAttr(c.name, runtime.Int(c.value))
	}
	env, err := newEnviron()
	if err != nil {
		return err
	}
	m.SetAttr("environ", env.Value())
	m.SetAttr("error", runtime.OSErrorType.Value())
	m.SetAttr("stat_result", statResultType.Value())
	m.SetAttr("DirEntry", dirEntryType.Value())
	m.SetAttr("terminal_size", terminalSizeType.Value())
	m.SetAttr("times_result", timesResultType.Value())
	m.SetAttr("uname_result", unameResultType.Value())
	m.SetAttr("statvfs_result", statvfsResultType.Value())
	m.SetAttr("waitid_result", waitidResultType.Value())
	m.SetAttr("sched_param", schedParamType.Value())
	m.SetAttr("sysconf_names", constDict(sysconfNames))
	m.SetAttr("confstr_names", constDict(confstrNames))
	m.SetAttr("pathconf_names", constDict(pathconfNames))
	have := make([]runtime.Value, len(haveFunctions))
	for i, h := range haveFunctions {
		have[i] = runtime.StrValue(h)
	}
	m.SetAttr("_have_functions", runtime.NewList(have))
	return nil
}
