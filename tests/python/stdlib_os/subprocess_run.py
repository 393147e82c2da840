# subprocess.run/Popen/check_output over _posixsubprocess, select and os.
import subprocess, sys, os
r = subprocess.run(["echo", "hi"], capture_output=True)
print(r.returncode, r.stdout, r.stderr)
r = subprocess.run("echo $0 $FOO; exit 7", shell=True, capture_output=True, text=True, env={'FOO': 'bar', 'PATH': os.environ['PATH']})
print(r.returncode, repr(r.stdout))
print(subprocess.check_output(['sh', '-c', 'cat; echo done'], input=b'piped\n'))
try:
    subprocess.run(['nonexistent-command-xyz'])
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    subprocess.run(['ls'], cwd='/nonexistent-dir')
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.filename)
try:
    subprocess.check_call(['false'])
except subprocess.CalledProcessError as e:
    print('CalledProcessError', e.returncode, e)
p = subprocess.Popen(['sh', '-c', 'echo out; echo err >&2'], stdout=subprocess.PIPE, stderr=subprocess.STDOUT)
out, _ = p.communicate()
print(p.returncode, sorted(out.split()))
p = subprocess.Popen(['sleep', '5'])
p.terminate()
print(p.wait())
print(subprocess.getoutput('echo a; echo b'), subprocess.getstatusoutput('exit 3'))
r = subprocess.run(['sh', '-c', 'pwd'], cwd='/tmp', capture_output=True, text=True)
print(r.stdout.strip())
try:
    subprocess.run(['sleep', '2'], timeout=0.2)
except subprocess.TimeoutExpired as e:
    print('TimeoutExpired', e.timeout == 0.2)
r, w = os.pipe()
p = subprocess.Popen(['sh', '-c', 'echo via-fd >&%d' % w], pass_fds=(w,))
p.wait(); os.close(w)
print(os.read(r, 100))
print(os.system('exit 2') >> 8)
