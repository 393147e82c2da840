// This file registers the modules the lead maintains.

package modules

import (
	"krait/modules/marshal"
	"krait/modules/mmap"
	"krait/modules/multiprocessing"
	"krait/modules/opcode"
	"krait/modules/queue"
	"krait/modules/syslog"
	"krait/modules/tokenize"
	"krait/modules/typing"
	"krait/modules/uuid"
	"krait/runtime"
)

func init() {
	runtime.RegisterModule(marshal.Module, multiprocessing.Module, multiprocessing.PosixShmemModule, mmap.Module, tokenize.Module, queue.Module, uuid.Module, syslog.Module, opcode.Module, typing.Module)
}
