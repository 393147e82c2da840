import http.server, threading, urllib.request, urllib.error, json, http.client, socketserver, io, os, tempfile, shutil
class H(http.server.BaseHTTPRequestHandler):
    def log_message(self, fmt, *args):
        print("log:", fmt % args if "HTTP" not in fmt else args[1] if len(args) > 1 else "")
    def do_GET(self):
        if self.path.startswith("/json"):
            body = json.dumps({"path": self.path, "ua": self.headers.get("User-Agent", "")[:6]}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)
        elif self.path == "/redirect":
            self.send_response(302); self.send_header("Location", "/json?from=redirect"); self.end_headers()
        else:
            self.send_error(404, "Nothing here", "explain")
    def do_POST(self):
        n = int(self.headers["Content-Length"])
        data = self.rfile.read(n)
        self.send_response(201); self.end_headers(); self.wfile.write(data[::-1])
srv = http.server.HTTPServer(("127.0.0.1", 0), H)
port = srv.server_address[1]
th = threading.Thread(target=srv.serve_forever, daemon=True); th.start()
base = f"http://127.0.0.1:{port}"
with urllib.request.urlopen(base + "/json?a=1") as r:
    print(r.status, r.reason, r.headers["Content-Type"], json.loads(r.read()))
with urllib.request.urlopen(base + "/redirect") as r:
    print(r.status, r.geturl().replace(str(port), "PORT"), json.loads(r.read())["path"])
try:
    urllib.request.urlopen(base + "/missing")
except urllib.error.HTTPError as e:
    print("HTTPError", e.code, e.reason, e.headers["Content-Type"], e.read()[:60])
req = urllib.request.Request(base + "/post", data=b"payload", method="POST", headers={"X-Test": "1"})
with urllib.request.urlopen(req) as r:
    print(r.status, r.read())
c = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
c.request("GET", "/json/raw", headers={"User-Agent": "custom-agent"})
resp = c.getresponse()
print(resp.status, resp.reason, resp.getheader("Content-Length"), resp.read(), resp.version)
c.request("HEAD", "/json")
r2 = c.getresponse(); print("HEAD", r2.status, r2.read())
c.close()
try:
    urllib.request.urlopen("http://127.0.0.1:1/", timeout=2)
except urllib.error.URLError as e:
    print("URLError", type(e.reason).__name__, e.reason.errno)
try:
    urllib.request.urlopen("ftp2://x")
except urllib.error.URLError as e:
    print("URLError", e)
try:
    urllib.request.urlopen("not a url")
except ValueError as e:
    print("ValueError", e)
print(http.HTTPStatus(404), http.HTTPStatus.OK.phrase, http.client.responses[418], repr(http.HTTPStatus(201)))
tmp = tempfile.mkdtemp()
with open(os.path.join(tmp, "f.txt"), "w") as f:
    f.write("file content")
with urllib.request.urlopen("file://" + os.path.join(tmp, "f.txt")) as r:
    print(r.read(), r.headers["Content-type"])
shutil.rmtree(tmp)
srv.shutdown(); srv.server_close()
print("done")
