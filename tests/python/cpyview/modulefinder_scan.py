# modulefinder scans co_code for IMPORT_NAME and STORE_NAME.
import modulefinder, os, sys, tempfile

with tempfile.TemporaryDirectory() as d:
    with open(os.path.join(d, "mod_a.py"), "w") as f:
        f.write("import mod_b\nfrom mod_c import x, y\nimport mod_d.sub as s\ntry:\n    import nonexistent_mod\nexcept ImportError:\n    pass\ndef g():\n    import mod_e\n")
    for name in ("mod_b", "mod_c", "mod_e"):
        with open(os.path.join(d, name + ".py"), "w") as f:
            f.write("x = y = 1\n")
    os.mkdir(os.path.join(d, "mod_d"))
    with open(os.path.join(d, "mod_d", "__init__.py"), "w") as f:
        f.write("")
    with open(os.path.join(d, "mod_d", "sub.py"), "w") as f:
        f.write("import mod_b\n")
    mf = modulefinder.ModuleFinder(path=[d])
    mf.run_script(os.path.join(d, "mod_a.py"))
    print(sorted(k for k in mf.modules))
    print(sorted(mf.badmodules))
    print(sorted(mf.modules["mod_c"].globalnames))
