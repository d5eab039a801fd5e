// Passkeys: registration on the profile page and use at the second sign-in step.
// Plain forms work without this file; it only adds the passkey buttons' behaviour.
(function () {
  'use strict';
  const enc = (buf) => btoa(String.fromCharCode(...new Uint8Array(buf))).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const dec = (s) => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/') + '==='.slice((s.length + 3) % 4)), (c) => c.charCodeAt(0));
  const csrf = () => document.querySelector('input[name="_csrf"]').value;
  const status = (text) => { const el = document.getElementById('passkey-status'); if (el) el.textContent = text; };

  async function post(url, body) {
    const r = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf() },
      body: JSON.stringify(body || {}),
    });
    const data = await r.json().catch(() => ({}));
    if (!r.ok) throw new Error(data.error || r.statusText);
    return data;
  }

  async function register(button) {
    const o = await post('/profile/passkeys/options');
    o.challenge = dec(o.challenge);
    o.user.id = dec(o.user.id);
    o.excludeCredentials = o.excludeCredentials.map((c) => ({ ...c, id: dec(c.id) }));
    const cred = await navigator.credentials.create({ publicKey: o });
    const name = document.getElementById('passkey-name');
    const res = await post('/profile/passkeys', {
      name: name ? name.value : '',
      credential: {
        id: cred.id,
        response: {
          clientDataJSON: enc(cred.response.clientDataJSON),
          attestationObject: enc(cred.response.attestationObject),
        },
      },
    });
    window.location.assign(res.next || button.dataset.next || '/profile');
  }

  async function signIn() {
    const o = await post('/login/passkey/options');
    o.challenge = dec(o.challenge);
    o.allowCredentials = o.allowCredentials.map((c) => ({ ...c, id: dec(c.id) }));
    const cred = await navigator.credentials.get({ publicKey: o });
    const res = await post('/login/passkey', {
      id: cred.id,
      response: {
        clientDataJSON: enc(cred.response.clientDataJSON),
        authenticatorData: enc(cred.response.authenticatorData),
        signature: enc(cred.response.signature),
      },
    });
    window.location.assign(res.next || '/');
  }

  document.addEventListener('DOMContentLoaded', () => {
    const supported = 'PublicKeyCredential' in window;
    for (const [id, action] of [['passkey-add', register], ['passkey-use', signIn]]) {
      const button = document.getElementById(id);
      if (!button) continue;
      if (!supported) { button.hidden = true; continue; }
      button.hidden = false;
      button.addEventListener('click', async () => {
        button.disabled = true;
        status(button.dataset.working || '');
        try { await action(button); } catch (e) { status(e.message); } finally { button.disabled = false; }
      });
    }
  });
})();
