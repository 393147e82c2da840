// This file registers the OS-facing modules: posix, errno, _stat, time,
// pwd, grp, select, fcntl, resource and _posixsubprocess.

package modules

import (
	"krait/modules/errno"
	"krait/modules/posix"
	"krait/modules/stat"
	"krait/runtime"
)

func init() {
	runtime.RegisterModule(posix.Module, errno.Module, stat.Module)
}
