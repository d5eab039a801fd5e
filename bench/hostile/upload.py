"""Starts tillit per file, signs in, uploads the file to /catalogues/import, reports VmHWM."""
import http.cookiejar, os, re, socket, subprocess, sys, tempfile, time, urllib.parse, urllib.request, uuid

PASSWORD = "fjordlys over vidda 2026"


def free_port():
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    p = s.getsockname()[1]
    s.close()
    return p


def peak_kib(pid):
    for line in open(f"/proc/{pid}/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def run(binary, path):
    data = tempfile.mkdtemp(prefix="tillit-hostile-")
    env = dict(os.environ, TILLIT_ADMIN_PASSWORD=PASSWORD, TILLIT_USER_PASSWORD=PASSWORD)
    env.pop("TILLIT_DATABASE_URL", None)
    subprocess.run([binary, "--data", data, "admin", "create-org", "--name", "Bench", "--admin-email", "admin@bench.no"],
                   env=env, check=True, capture_output=True)
    org = subprocess.run([binary, "--data", data, "admin", "list-orgs"], env=env, check=True,
                         capture_output=True, text=True).stdout.split()[0]
    subprocess.run([binary, "--data", data, "admin", "add-user", "--org", org, "--email", "so@bench.no",
                    "--role", "security_officer"], env=env, check=True, capture_output=True)
    port = free_port()
    server = subprocess.Popen([binary, "--data", data, "serve", "--listen", f"127.0.0.1:{port}"], env=env,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(base + "/healthz", timeout=1)
                break
            except Exception:
                time.sleep(0.1)
        jar = http.cookiejar.CookieJar()

        class NoRedirect(urllib.request.HTTPRedirectHandler):
            def redirect_request(self, *a, **k):
                return None

        opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(jar), NoRedirect)

        def csrf(page):
            return re.search(r'name="_csrf" value="([^"]+)"', page).group(1)

        def get(p):
            try:
                return opener.open(base + p).read().decode()
            except urllib.error.HTTPError as e:
                return e.read().decode()

        token = csrf(get("/login"))
        body = urllib.parse.urlencode({"_csrf": token, "email": "so@bench.no", "password": PASSWORD}).encode()
        try:
            opener.open(base + "/login", body)
        except urllib.error.HTTPError:
            pass
        token = csrf(get("/catalogues/import"))
        before = peak_kib(server.pid)
        boundary = uuid.uuid4().hex
        content = open(path, "rb").read()
        parts = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n{token}\r\n"
                 f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"{os.path.basename(path)}\"\r\n"
                 "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n").encode()
        parts += content + f"\r\n--{boundary}--\r\n".encode()
        req = urllib.request.Request(base + "/catalogues/import", data=parts,
                                     headers={"Content-Type": f"multipart/form-data; boundary={boundary}"})
        started = time.monotonic()
        try:
            r = opener.open(req)
            status, page = r.status, r.read().decode()
        except urllib.error.HTTPError as e:
            status, page = e.code, e.read().decode()
            if status == 303:
                # Parked and parsed once; the preview shows what was found.
                page = get(e.headers["Location"])
        took = time.monotonic() - started
        after = peak_kib(server.pid)
        problem = re.search(r'<ul id="import-problems"><li>(.*?)</li>', page, re.S)
        message = re.sub(r"<[^>]+>", "", problem.group(1)) if problem else "(no problem listed)"
        alive = server.poll() is None
        return status, before, after, took, alive, message
    finally:
        server.terminate()
        server.wait()


def main():
    binary, files = sys.argv[1], sys.argv[2:]
    print("| file | size | status | server alive | peak RSS before | peak RSS after | time | what the preview says |")
    print("|---|---|---|---|---|---|---|---|")
    for f in files:
        status, before, after, took, alive, message = run(binary, f)
        print(f"| {os.path.basename(f)} | {os.path.getsize(f)} B | {status} | {'yes' if alive else 'NO'} | "
              f"{before / 1024:.1f} MiB | {after / 1024:.1f} MiB | {took * 1000:.0f} ms | {message[:120]} |")


main()
