# pwd and grp lookups and their errors.
import pwd, grp
print(pwd.getpwuid(0)); print(pwd.getpwnam('root')); print(len(pwd.getpwall()), pwd.getpwall()[1])
for f,a in [(pwd.getpwuid, 12345), (pwd.getpwnam, 'nope'), (pwd.getpwuid, -5), (pwd.getpwuid, 'x'), (pwd.getpwnam, 1), (pwd.getpwuid, 2**40), (pwd.getpwnam, 'a\0b'),(grp.getgrgid, 12345), (grp.getgrnam, 'nope'), (grp.getgrgid, 'x'), (grp.getgrnam, 1)]:
  try: print(f(a))
  except Exception as e: print(type(e).__name__, e)
print(grp.getgrgid(0), grp.getgrnam('root'), len(grp.getgrall()))
print(pwd.struct_passwd.n_fields, grp.struct_group.__doc__[:20], pwd.getpwuid(0).pw_dir)
