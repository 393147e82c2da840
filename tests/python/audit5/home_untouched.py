# Running with HOME naming a directory that does not exist (as for service
# users) creates nothing there, whatever the program imports.
import os, subprocess, sys, tempfile
home = os.path.join(tempfile.mkdtemp(), "no", "such", "home")
for args in [["-c", "import json, email.mime.text, argparse; print('ran')"], ["-m", "site", "--user-site"]]:
    p = subprocess.run([sys.executable, *args], capture_output=True, text=True,
                       env={"PATH": os.environ["PATH"], "HOME": home, "LC_ALL": "C.UTF-8"})
    print(p.returncode, p.stdout.replace(home, "HOME"), p.stderr, os.path.exists(home), os.path.exists(os.path.dirname(home)))
