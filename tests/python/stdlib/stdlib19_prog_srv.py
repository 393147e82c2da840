import http.server, socketserver, threading, urllib.request, urllib.error, json, socket, http.client, xmlrpc.server, xmlrpc.client, io, contextlib, sys, wsgiref.simple_server, wsgiref.util
class H(http.server.BaseHTTPRequestHandler):
    server_version = "Test/1.0"; sys_version = ""
    def log_message(self, fmt, *a): print("LOG", fmt % a if "GET" not in fmt else fmt)
    def do_GET(self):
        if self.path == "/json":
            body = json.dumps({"path": self.path, "ua": self.headers.get("User-Agent", "")[:6]}).encode()
            self.send_response(200); self.send_header("Content-Type", "application/json"); self.send_header("Content-Length", str(len(body))); self.end_headers(); self.wfile.write(body)
        elif self.path == "/err":
            self.send_error(404, "Nope", "explain")
        else:
            raise ValueError("handler bug")
    def do_POST(self):
        n = int(self.headers["Content-Length"]); data = self.rfile.read(n)
        self.send_response(201); self.end_headers(); self.wfile.write(data.upper())
srv = http.server.HTTPServer(("127.0.0.1", 0), H)
port = srv.server_address[1]
t = threading.Thread(target=srv.serve_forever, daemon=True); t.start()
base = f"http://127.0.0.1:{port}"
with urllib.request.urlopen(base + "/json") as r:
    print(r.status, r.reason, r.headers["Content-Type"], json.load(r), r.headers.get("Server"))
try:
    urllib.request.urlopen(base + "/err")
except urllib.error.HTTPError as e:
    print("HTTPError", e.code, e.reason, e.headers["Content-Type"], e.read()[:60])
req = urllib.request.Request(base + "/post", data=b"hello", method="POST")
print(urllib.request.urlopen(req).read())
buf = io.StringIO()
with contextlib.redirect_stderr(buf):
    c = http.client.HTTPConnection("127.0.0.1", port); c.request("GET", "/crash")
    try:
        r = c.getresponse(); print("status", r.status)
    except http.client.RemoteDisconnected as e:
        print("RemoteDisconnected", e)
    import time; time.sleep(0.2)
srv.shutdown(); srv.server_close()
class Echo(socketserver.StreamRequestHandler):
    def handle(self):
        for line in self.rfile:
            self.wfile.write(b"echo:" + line)
with socketserver.ThreadingTCPServer(("127.0.0.1", 0), Echo) as s2:
    threading.Thread(target=s2.serve_forever, daemon=True).start()
    with socket.create_connection(s2.server_address) as sk:
        sk.sendall(b"a\nb\n"); sk.shutdown(socket.SHUT_WR)
        data = b""
        while chunk := sk.recv(100): data += chunk
        print(data)
    s2.shutdown()
rs = xmlrpc.server.SimpleXMLRPCServer(("127.0.0.1", 0), logRequests=False)
rs.register_function(lambda a, b: a + b, "add"); rs.register_introspection_functions()
threading.Thread(target=rs.serve_forever, daemon=True).start()
px = xmlrpc.client.ServerProxy(f"http://127.0.0.1:{rs.server_address[1]}")
print(px.add(2, 3), px.add("a", "b"), sorted(px.system.listMethods()))
try: px.nosuch()
except xmlrpc.client.Fault as e: print("Fault", e.faultCode, e.faultString)
rs.shutdown()
def app(env, start):
    start("200 OK", [("Content-Type", "text/plain")]); return [f"{env['REQUEST_METHOD']} {wsgiref.util.request_uri(env)}".encode()]
ws = wsgiref.simple_server.make_server("127.0.0.1", 0, app, handler_class=type("Q", (wsgiref.simple_server.WSGIRequestHandler,), {"log_message": lambda *a: None}))
threading.Thread(target=ws.serve_forever, daemon=True).start()
print(urllib.request.urlopen(f"http://127.0.0.1:{ws.server_port}/x?y=1").read().replace(str(ws.server_port).encode(), b"PORT"))
ws.shutdown()
try: urllib.request.urlopen("http://127.0.0.1:1/")
except urllib.error.URLError as e: print("URLError", e.reason)
