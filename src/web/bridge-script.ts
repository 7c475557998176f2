/**
 * The script the web bridge serves at /__bridge.js: it gives the page the same `window.api`
 * (invoke + on) that Electron's preload gives, over HTTP to the same dispatch.
 */
export const BRIDGE_SCRIPT = `(() => {
  const params = new URLSearchParams(location.search);
  const token = params.get('token') || sessionStorage.getItem('kleroterion-token') || '';
  sessionStorage.setItem('kleroterion-token', token);
  const listeners = new Set();
  let source = null;
  function connect() {
    source = new EventSource('/__events?token=' + encodeURIComponent(token));
    source.onmessage = (e) => {
      const { event, payload } = JSON.parse(e.data);
      for (const l of listeners) l(event, payload);
    };
  }
  window.api = Object.freeze({
    async invoke(channel, input) {
      try {
        const r = await fetch('/__rpc/' + encodeURIComponent(channel), {
          method: 'POST',
          headers: { 'content-type': 'application/json', 'x-bridge-token': token },
          body: JSON.stringify(input === undefined ? null : input),
        });
        return await r.json();
      } catch (error) {
        return { ok: false, error: { code: 'io-error', message: 'The app is not reachable: ' + error.message } };
      }
    },
    on(listener) {
      if (!source) connect();
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  });
})();
`
