// A minimal SMTP server on 127.0.0.1 that keeps the messages it receives.
import net from 'node:net';

function decodeQuotedPrintable(s) {
  const bytes = [];
  const text = s.replace(/=\r?\n/g, '');
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '=' && /^[0-9A-F]{2}$/i.test(text.slice(i + 1, i + 3))) {
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(text[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

function parse(to, data) {
  const split = data.indexOf('\r\n\r\n');
  const head = data.slice(0, split);
  let body = data.slice(split + 4);
  const header = (name) => {
    const line = head.split('\r\n').find((l) => l.toLowerCase().startsWith(name.toLowerCase() + ':'));
    return line ? line.slice(name.length + 1).trim() : '';
  };
  const cte = header('Content-Transfer-Encoding').toLowerCase();
  if (cte === 'quoted-printable') body = decodeQuotedPrintable(body);
  if (cte === 'base64') body = Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
  return { to, subject: header('Subject'), body };
}

export async function startSmtpSink() {
  const mails = [];
  const server = net.createServer((sock) => {
    let buf = '';
    let inData = false;
    let data = '';
    let rcpt = '';
    sock.write('220 sink ESMTP\r\n');
    sock.on('data', (chunk) => {
      buf += chunk.toString('utf8');
      let i;
      while ((i = buf.indexOf('\r\n')) >= 0) {
        const line = buf.slice(0, i);
        buf = buf.slice(i + 2);
        if (inData) {
          if (line === '.') {
            inData = false;
            mails.push(parse(rcpt, data));
            data = '';
            sock.write('250 queued\r\n');
          } else {
            data += (line.startsWith('..') ? line.slice(1) : line) + '\r\n';
          }
          continue;
        }
        const cmd = line.toUpperCase();
        if (cmd.startsWith('EHLO') || cmd.startsWith('HELO')) sock.write('250-sink\r\n250 8BITMIME\r\n');
        else if (cmd.startsWith('RCPT TO')) { rcpt = line.slice(8).trim().replace(/[<>]/g, ''); sock.write('250 ok\r\n'); }
        else if (cmd === 'DATA') { inData = true; sock.write('354 go\r\n'); }
        else if (cmd === 'QUIT') { sock.end('221 bye\r\n'); }
        else sock.write('250 ok\r\n');
      }
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { port: server.address().port, mails, close: () => server.close() };
}
