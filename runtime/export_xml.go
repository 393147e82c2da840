// This file defines exported wrappers the pyexpat module (modules/pyexpat)
// needs: registering its submodules in sys.modules, as CPython's
// PyImport_AddModule does for pyexpat.errors and pyexpat.model.

package runtime

// SysModulesSet sets sys.modules[name] to v.
func SysModulesSet(name string, v Value) { sysModules.SetStr(Intern(name), v) }
