#!/usr/bin/env python3
# Used to record a release's clients for the upgrade fixtures (docs/upgrades.md): python3 tools/record-proxy.py PORT TARGET OUT.ndjson
# A recording HTTP proxy: listens on PORT, forwards to TARGET, appends each request and its answer's status to OUT (JSON lines).
import http.server, json, sys, urllib.request, urllib.error
PORT, TARGET, OUT = int(sys.argv[1]), sys.argv[2], sys.argv[3]
class Handler(http.server.BaseHTTPRequestHandler):
    def do(self):
        length = int(self.headers.get('Content-Length') or 0)
        body = self.rfile.read(length) if length else None
        if self.headers.get('Transfer-Encoding', '').lower() == 'chunked':
            chunks = []
            while True:
                size = int(self.rfile.readline().strip().split(b';')[0], 16)
                if size == 0:
                    self.rfile.readline()
                    break
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            body = b''.join(chunks)
        request = urllib.request.Request(TARGET + self.path, data=body, method=self.command)
        for name in ('Content-Type', 'Accept', 'Authorization'):
            if self.headers.get(name):
                request.add_header(name, self.headers[name])
        try:
            with urllib.request.urlopen(request, timeout=30) as answer:
                status, data, headers = answer.status, answer.read(), answer.headers
        except urllib.error.HTTPError as refused:
            status, data, headers = refused.code, refused.read(), refused.headers
        with open(OUT, 'a') as out:
            out.write(json.dumps({'method': self.command, 'path': self.path, 'contentType': self.headers.get('Content-Type'),
                                  'body': body.decode() if body else None, 'status': status}) + '\n')
        self.send_response(status)
        for name in ('Content-Type',):
            if headers.get(name):
                self.send_header(name, headers[name])
        self.send_header('Content-Length', str(len(data)))
        self.end_headers()
        self.wfile.write(data)
    do_GET = do_POST = do_PUT = do_DELETE = do_PATCH = do
    def log_message(self, *args):
        pass
http.server.ThreadingHTTPServer(('127.0.0.1', PORT), Handler).serve_forever()
