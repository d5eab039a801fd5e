// Starts the real tillit binary on a free port with its own data folder and SMTP sink.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

async function freePort() {
  const s = net.createServer();
  await new Promise((r) => s.listen(0, '127.0.0.1', r));
  const port = s.address().port;
  await new Promise((r) => s.close(r));
  return port;
}

export async function startTillit({ smtpPort, host = '127.0.0.1' }) {
  const bin = process.env.TILLIT_BIN;
  if (!bin) throw new Error('TILLIT_BIN must point at the tillit binary');
  const data = fs.mkdtempSync(path.join(os.tmpdir(), 'tillit-e2e-'));
  const port = await freePort();
  const env = {
    ...process.env,
    TILLIT_DATA: data,
    TILLIT_LISTEN: `127.0.0.1:${port}`,
    TILLIT_SMTP_HOST: '127.0.0.1',
    TILLIT_SMTP_PORT: String(smtpPort),
    TILLIT_SMTP_FROM: 'tillit <noreply@tillit.test>',
    TILLIT_BASE_URL: `http://${host}:${port}`,
  };
  delete env.TILLIT_DATABASE_URL;
  const child = spawn(bin, ['serve'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  let out = '';
  let err = '';
  child.stderr.on('data', (d) => { err += d; });
  const setupLink = await new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`tillit did not start:\n${out}\n${err}`)), 30000);
    child.stdout.on('data', (d) => {
      out += d;
      const m = out.match(/(http:\/\/\S+\/setup\/\S+)/);
      if (m) { clearTimeout(timer); resolve(m[1]); }
    });
    child.on('exit', (code) => reject(new Error(`tillit exited with ${code}:\n${out}\n${err}`)));
  });
  return {
    base: `http://${host}:${port}`,
    setupLink,
    logs: () => err,
    stop: async () => {
      child.kill('SIGTERM');
      await new Promise((r) => child.once('exit', r));
      fs.rmSync(data, { recursive: true, force: true });
    },
  };
}
