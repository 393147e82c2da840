# socketserver + http.server serving GETs to http.client and urllib in a thread
import threading, http.server, http.client, socketserver, urllib.request

class Handler(http.server.BaseHTTPRequestHandler):
    def do_GET(self):
        body = ("path=" + self.path).encode()
        self.send_response(200)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)
    def log_message(self, *args):
        pass

srv = http.server.HTTPServer(("127.0.0.1", 0), Handler)
t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05})
t.start()
port = srv.server_address[1]
c = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
c.request("GET", "/hello?x=1")
r = c.getresponse()
print(r.status, r.reason, r.getheader("Content-Type"), r.read())
c.request("GET", "/again")
print(c.getresponse().read())
c.close()
with urllib.request.urlopen("http://127.0.0.1:%d/u" % port, timeout=10) as f:
    print(f.status, f.read())
try:
    urllib.request.urlopen("http://127.0.0.1:%d/missing" % port, timeout=10)
except Exception as e:
    print(type(e).__name__)
srv.shutdown()
srv.server_close()
t.join()

class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(line[::-1])

with socketserver.ThreadingTCPServer(("127.0.0.1", 0), Echo) as es:
    th = threading.Thread(target=es.serve_forever, kwargs={"poll_interval": 0.05})
    th.start()
    import socket
    with socket.create_connection(es.server_address) as s:
        f = s.makefile("rwb")
        f.write(b"abc\n"); f.flush()
        print(f.readline())
        f.close()
    es.shutdown()
    th.join()
print("done")
