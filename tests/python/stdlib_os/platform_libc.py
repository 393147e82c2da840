# Krait links no C library, but reports the system's glibc as CPython does.
import os
import platform
import socket

print(os.confstr("CS_GNU_LIBC_VERSION").split()[0], os.confstr("CS_GNU_LIBPTHREAD_VERSION").split()[0])
print(platform.libc_ver()[0], platform.platform().split("-with-")[1].startswith("glibc"))
print(socket.if_nametoindex("lo"), socket.if_indextoname(1), (1, "lo") in socket.if_nameindex())
try:
    socket.if_nametoindex("no-such-if0")
except OSError as e:
    print(type(e).__name__, e)
print(sorted({ai[4][0] for ai in socket.getaddrinfo("localhost", 80, socket.AF_INET)}))
