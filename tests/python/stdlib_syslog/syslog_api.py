# syslog: constants, masks, argument errors and the LOG_PERROR copy on stderr.
import os
import subprocess
import sys
import syslog

print(sorted(n for n in dir(syslog) if not n.startswith('__')))
print([(n, getattr(syslog, n)) for n in sorted(dir(syslog)) if n.startswith('LOG_') and isinstance(getattr(syslog, n), int)])
for call in ["syslog.openlog(1)", "syslog.syslog()", "syslog.syslog(1, 2)", "syslog.syslog('a', 'b')",
             "syslog.syslog(1, 'x', 3)", "syslog.setlogmask('x')", "syslog.LOG_MASK('x')",
             "syslog.setlogmask(0)", "syslog.setlogmask(3)", "syslog.setlogmask(0)", "syslog.setlogmask(255)",
             "syslog.LOG_UPTO(3)", "syslog.LOG_MASK(40)", "syslog.LOG_MASK(2**70)", "syslog.LOG_UPTO(-1)",
             "syslog.closelog()", "syslog.closelog(1)", "syslog.openlog(facility=syslog.LOG_LOCAL3)",
             "syslog.syslog('\\udc80')"]:
    try:
        print(call, '->', repr(eval(call)))
    except Exception as e:
        print(call, '!!', type(e).__name__, e)

child = r'''
import syslog
syslog.openlog(logoption=syslog.LOG_PERROR|syslog.LOG_PID, ident='id')
syslog.syslog('hello')
syslog.syslog(syslog.LOG_ERR, 'caf\xe9')
syslog.openlog(logoption=syslog.LOG_PERROR)
syslog.syslog('noident')
syslog.openlog('a\0b', syslog.LOG_PERROR)
syslog.syslog('x\0y')
syslog.syslog('ends in newline\n')
syslog.syslog(syslog.LOG_DEBUG|syslog.LOG_LOCAL0, 'dbg')
print(syslog.setlogmask(syslog.LOG_UPTO(syslog.LOG_ERR)))
syslog.syslog('filtered')
syslog.syslog(syslog.LOG_ERR, 'kept')
syslog.closelog()
syslog.syslog('after close')
'''
r = subprocess.run([sys.executable, '-c', child], capture_output=True, text=True)
print(r.returncode, repr(r.stdout))
print(r.stderr.replace('[%d]' % 0, '').splitlines() and
      [line.split('[')[0] + ('[PID]' if '[' in line else '') + line.split(']')[-1] if '[' in line else line
       for line in r.stderr.splitlines()])
