// This file registers the OS-facing modules: posix, errno, _stat, time,
// pwd, grp, select, fcntl, resource and _posixsubprocess.

package modules

import (
	"krait/modules/errno"
	"krait/modules/fcntl"
	"krait/modules/grp"
	"krait/modules/posix"
	"krait/modules/posixsubprocess"
	"krait/modules/pwd"
	"krait/modules/resource"
	"krait/modules/selectmod"
	"krait/modules/stat"
	timemod "krait/modules/time"
	"krait/runtime"
)

func init() {
	runtime.RegisterModule(posix.Module, errno.Module, stat.Module, timemod.Module,
		pwd.Module, grp.Module, selectmod.Module,
		fcntl.Module, resource.Module, posixsubprocess.Module)
}
