// The bare baselines, in a process of their own as the hub is: what Node, Socket.IO and SQLite do with nothing of
// Roundtable around them, measured in the same run as the hub so that each figure is a ratio on the same machine.
//
// - a plain Socket.IO relay (same ping settings as the hub): `relay` acknowledges, then sends the payload to every
//   connection;
// - a group-commit SQLite writer (better-sqlite3, WAL, synchronous=FULL): `write` queues a row; every row that arrived
//   before the next turn of the event loop is inserted in one transaction, then each is acknowledged;
// - a static file server (node:http + fs.createReadStream): GET /file/<name> from the folder given.
//
// `node bench/load/bare-server.ts <folder>`: listens on 127.0.0.1 (ephemeral port), says `{ type: 'ready', url }` over IPC.
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { basename, join } from 'node:path';
import { Server } from 'socket.io';
import { HUB_PING } from './common.ts';

const folder = process.argv[2] ?? '';
if (!folder) throw new Error('usage: bare-server.ts <folder>');

const http = createServer((req, res) => {
  const url = req.url ?? '/';
  if (url === '/health') {
    res.writeHead(200, { 'Content-Type': 'application/json' }).end('{"ok":true}');
    return;
  }
  if (url.startsWith('/file/')) {
    const path = join(folder, basename(decodeURIComponent(url.slice('/file/'.length))));
    let size: number;
    try {
      size = statSync(path).size;
    } catch {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'Content-Type': 'application/pdf', 'Content-Length': size });
    createReadStream(path).pipe(res);
    return;
  }
  res.writeHead(404).end();
});

const io = new Server(http, { serveClient: false, maxHttpBufferSize: 1_000_000, ...HUB_PING });

type Write = { row: { meetingId: string; code: string; desk: number }; ack: (body: unknown) => void };
let writer: ((w: Write) => void) | null = null;

/** Opened on the first write, so that the relay's memory is measured without SQLite loaded. */
async function openWriter(): Promise<(w: Write) => void> {
  const { default: Database } = await import('better-sqlite3');
  const db = new Database(join(folder, 'bare.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec('CREATE TABLE IF NOT EXISTS checkins (id INTEGER PRIMARY KEY, meeting_id TEXT NOT NULL, code TEXT NOT NULL, desk INTEGER NOT NULL, at TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO checkins (meeting_id, code, desk, at) VALUES (?, ?, ?, ?)');
  const commit = db.transaction((batch: Write[]) => batch.map((w) => Number(insert.run(w.row.meetingId, w.row.code, w.row.desk, new Date().toISOString()).lastInsertRowid)));
  let queue: Write[] = [];
  const flush = () => {
    const batch = queue;
    queue = [];
    const ids = commit(batch);
    batch.forEach((w, i) => w.ack({ ok: true, revision: null, data: { rowId: ids[i] } }));
  };
  return (w) => {
    queue.push(w);
    if (queue.length === 1) setImmediate(flush);
  };
}
let opening: Promise<(w: Write) => void> | null = null;

io.on('connection', (socket) => {
  socket.on('relay', (payload: unknown, ack: (body: unknown) => void) => {
    // The floor for the hub's order of work: acknowledge the sender, then fan out.
    if (typeof ack === 'function') ack({ ok: true, revision: null, data: {} });
    io.emit('relay', payload);
  });
  socket.on('write', (row: Write['row'], ack: (body: unknown) => void) => {
    if (typeof ack !== 'function' || typeof row?.code !== 'string') return;
    if (writer) return writer({ row, ack });
    opening ??= openWriter();
    void opening.then((w) => {
      writer = w;
      w({ row, ack });
    });
  });
});

http.listen(0, '127.0.0.1', () => {
  process.send?.({ type: 'ready', url: `http://127.0.0.1:${(http.address() as AddressInfo).port}` });
});
process.on('disconnect', () => process.exit(0));
