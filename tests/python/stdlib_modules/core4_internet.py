# Internet-format modules that need no socket: urllib.parse, urllib.error,
# http (status codes), ipaddress, xml.dom.minidom document building,
# xml.etree.ElementTree building and serialisation, tomllib, cmd, mimetypes.
import io


def section(fn):
    try:
        fn()
    except Exception as e:
        print(fn.__name__, "ERROR", type(e).__name__, e)
    return fn


@section
def urllib_parse():
    import urllib.error
    import urllib.parse as up
    u = up.urlparse("https://user:pw@example.com:8080/p/a;x?q=1&r=a+b#frag")
    print(u, u.hostname, u.port, up.parse_qs(u.query), up.parse_qsl("a=1&a=2"))
    print(up.urlencode({"k": "v w", "n": [1, 2]}, doseq=True), up.quote("a b/é"), up.unquote_plus("a+b%2F"))
    print(up.urljoin("http://a/b/c/d", "../e"), up.urlsplit("//h/p").netloc, up.urlunparse(("http", "h", "/p", "", "q=1", "")))
    print(urllib.error.HTTPError.__mro__[1].__name__, str(urllib.error.URLError("reason")))


@section
def http_ipaddress():
    import http
    import ipaddress
    print(http.HTTPStatus.NOT_FOUND, http.HTTPStatus(200).phrase, int(http.HTTPStatus.CREATED))
    net = ipaddress.ip_network("192.168.0.0/30")
    print(list(net.hosts()), net.broadcast_address, ipaddress.ip_address("::1").is_loopback, ipaddress.ip_address("10.0.0.1").is_private)
    print(ipaddress.ip_interface("10.1.2.3/24").network, ipaddress.IPv6Address("2001:db8::1").exploded)
    print(list(ipaddress.summarize_address_range(ipaddress.ip_address("10.0.0.0"), ipaddress.ip_address("10.0.0.5"))))


@section
def xml_build():
    import xml.dom.minidom
    import xml.etree.ElementTree as ET
    doc = xml.dom.minidom.Document()
    root = doc.createElement("root")
    root.setAttribute("a", "1")
    root.appendChild(doc.createTextNode("t&"))
    doc.appendChild(root)
    print(doc.toxml(), root.toprettyxml(indent=" "))
    e = ET.Element("r", k="v")
    ET.SubElement(e, "c").text = "x<"
    print(ET.tostring(e), e.find("c").text, [c.tag for c in e.iter()])


@section
def tomllib_():
    import tomllib
    print(tomllib.loads('title = "T"\n[owner]\nname = "n"\ndob = 1979-05-27T07:32:00Z\n[[items]]\nx = 1\n[[items]]\nx = 2.5\n'))
    try:
        tomllib.loads("x = ")
    except tomllib.TOMLDecodeError as e:
        print("TOMLDecodeError", e)


@section
def cmd_():
    import cmd

    class Shell(cmd.Cmd):
        prompt = ""
        use_rawinput = False

        def do_greet(self, arg):
            print("hello", arg)

        def do_quit(self, arg):
            return True

    Shell(stdin=io.StringIO("greet world\nunknown\nquit\n"), stdout=io.StringIO()).cmdloop()
    sh = Shell(stdout=io.StringIO())
    sh.onecmd("greet you")
    print(sh.completenames("gr"))
