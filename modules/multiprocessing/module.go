// This file defines the _multiprocessing module: SemLock, sem_unlink and
// the feature flags multiprocessing.synchronize checks.

package multiprocessing

import kr "krait/runtime"

// Module is _multiprocessing.
var Module = &kr.ModuleDef{
	Name: "_multiprocessing",
	Methods: []kr.Method{
		{Name: "sem_unlink", Sig: "name, /", Flags: kr.MethO, Fn: mp_sem_unlink},
	},
	Exec: func(m *kr.Module) *kr.Exception {
		m.SetAttr("SemLock", SemLockType.Value())
		flags := kr.NewDict()
		flags.SetStr(kr.Intern("HAVE_SEM_OPEN"), kr.Int(1))
		flags.SetStr(kr.Intern("HAVE_SEM_TIMEDWAIT"), kr.Int(1))
		m.SetAttr("flags", flags.Value())
		return nil
	},
}

func mp_sem_unlink(_ kr.Value, a []kr.Value) (kr.Value, *kr.Exception) {
	name, ok := a[0].TryStr()
	if !ok {
		return kr.Value{}, kr.NewTypeError("sem_unlink() argument must be str, not %s", a[0].Type().Name)
	}
	if err := semUnlink(name.S); err != nil {
		return kr.Value{}, kr.NewOSErrorFromGo(err, kr.Value{}, kr.Value{})
	}
	return kr.None, nil
}
