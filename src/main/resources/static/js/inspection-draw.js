/*
 * Re-runs a published random-inspection draw (双随机一公开) in the visitor's browser and says whether it matches the
 * published result, and whether the SHA-256 of the published seed is the commitment published before the draw.
 * The rule (API.md, docs/adr/0009-random-inspection.md): k = ceil(ratio x register size) subjects with the lowest hex
 * sha256(seed + "|" + creditCode), ties by credit code; for each, the inspectorsPerSubject inspectors without a
 * recusal for it with the lowest sha256(seed + "|" + creditCode + "|" + certificateNumber), ties by certificate.
 *
 * SHA-256 is computed here (FIPS 180-4), not with crypto.subtle, which browsers offer on secure contexts only.
 */
(function () {
  'use strict';

  var K = new Uint32Array([
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
    0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
    0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
    0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
    0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
    0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
    0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
    0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
  ]);

  function ror(x, n) {
    return (x >>> n) | (x << (32 - n));
  }

  /** Lowercase hex SHA-256 of the UTF-8 bytes of the text. */
  function sha256(text) {
    var message = new TextEncoder().encode(text);
    var length = message.length;
    var total = Math.ceil((length + 9) / 64) * 64;
    var buffer = new Uint8Array(total);
    buffer.set(message);
    buffer[length] = 0x80;
    var view = new DataView(buffer.buffer);
    var bits = length * 8;
    view.setUint32(total - 8, Math.floor(bits / 0x100000000));
    view.setUint32(total - 4, bits >>> 0);
    var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
    var w = new Uint32Array(64);
    for (var offset = 0; offset < total; offset += 64) {
      var i;
      for (i = 0; i < 16; i++) {
        w[i] = view.getUint32(offset + i * 4);
      }
      for (i = 16; i < 64; i++) {
        var x = w[i - 15];
        var y = w[i - 2];
        var s0 = ror(x, 7) ^ ror(x, 18) ^ (x >>> 3);
        var s1 = ror(y, 17) ^ ror(y, 19) ^ (y >>> 10);
        w[i] = (w[i - 16] + s0 + w[i - 7] + s1) | 0;
      }
      var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
      for (i = 0; i < 64; i++) {
        var t1 = (k + (ror(e, 6) ^ ror(e, 11) ^ ror(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i]) | 0;
        var t2 = ((ror(a, 2) ^ ror(a, 13) ^ ror(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        k = g;
        g = f;
        f = e;
        e = (d + t1) | 0;
        d = c;
        c = b;
        b = a;
        a = (t1 + t2) | 0;
      }
      h[0] = (h[0] + a) | 0;
      h[1] = (h[1] + b) | 0;
      h[2] = (h[2] + c) | 0;
      h[3] = (h[3] + d) | 0;
      h[4] = (h[4] + e) | 0;
      h[5] = (h[5] + f) | 0;
      h[6] = (h[6] + g) | 0;
      h[7] = (h[7] + k) | 0;
    }
    return h.map(function (v) {
      return ('0000000' + (v >>> 0).toString(16)).slice(-8);
    }).join('');
  }

  function byKeyThenTie(p, q) {
    if (p.key !== q.key) {
      return p.key < q.key ? -1 : 1;
    }
    return p.tie < q.tie ? -1 : p.tie > q.tie ? 1 : 0;
  }

  /** ceil(ratio x size) without binary rounding: the ratio has at most six decimals. */
  function sampleSize(ratio, size) {
    var parts = String(ratio).split('e');
    var micro = Math.round(Number(parts[0]) * Math.pow(10, 6 + (parts.length > 1 ? Number(parts[1]) : 0)));
    return Math.min(size, Math.floor((micro * size + 999999) / 1000000));
  }

  /** The draw from a record: [{creditCode, inspectors: [certificateNumber…]}] in drawing order. */
  function draw(record) {
    var seed = record.seed;
    var subjects = record.register.map(function (s) {
      return { key: sha256(seed + '|' + s.creditCode), tie: s.creditCode };
    }).sort(byKeyThenTie).slice(0, sampleSize(record.ratio, record.register.length));
    var recused = {};
    (record.recusals || []).forEach(function (r) {
      recused[r.creditCode + '\u0000' + r.certificateNumber] = true;
    });
    return subjects.map(function (s) {
      var ranked = record.inspectors.filter(function (i) {
        return !recused[s.tie + '\u0000' + i.certificateNumber];
      }).map(function (i) {
        return { key: sha256(seed + '|' + s.tie + '|' + i.certificateNumber), tie: i.certificateNumber };
      }).sort(byKeyThenTie).slice(0, record.inspectorsPerSubject);
      return { creditCode: s.tie, inspectors: ranked.map(function (r) { return r.tie; }) };
    });
  }

  function published(record) {
    return (record.subjects || []).map(function (s) {
      return { creditCode: s.creditCode, inspectors: s.inspectors.map(function (i) { return i.certificateNumber; }) };
    });
  }

  /** {drawn, commitmentOk, matches}: whether sha256(seed) is the commitment and the re-run equals the result. */
  function verify(record) {
    if (!record.seed) {
      return { drawn: false, commitmentOk: false, matches: false };
    }
    var commitmentOk = sha256(record.seed) === record.commitment;
    var matches = JSON.stringify(draw(record)) === JSON.stringify(published(record));
    return { drawn: true, commitmentOk: commitmentOk, matches: commitmentOk && matches };
  }

  /** FIPS 180-4's examples: the page trusts its own SHA-256 only if it gives these. */
  function selfCheck() {
    return sha256('abc') === 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
      && sha256('') === 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855'
      && sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')
        === '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1';
  }

  window.MingjingDraw = { sha256: sha256, draw: draw, verify: verify, selfCheck: selfCheck, record: null };

  function show(box, state, text) {
    box.setAttribute('data-result', state);
    box.classList.remove('alert-secondary', 'alert-success', 'alert-danger', 'alert-warning');
    box.classList.add(state === 'matches' ? 'alert-success' : state === 'pending' ? 'alert-warning' : 'alert-danger');
    box.querySelector('.mj-verify-text').textContent = text;
  }

  document.addEventListener('DOMContentLoaded', function () {
    var box = document.getElementById('drawVerification');
    if (!box) {
      return;
    }
    if (!selfCheck()) {
      show(box, 'error', box.getAttribute('data-text-self-check'));
      return;
    }
    fetch(box.getAttribute('data-record'), { headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error(String(response.status));
        }
        return response.json();
      })
      .then(function (record) {
        window.MingjingDraw.record = record;
        var started = Date.now();
        var result = verify(record);
        var took = String(Date.now() - started);
        if (!result.drawn) {
          show(box, 'pending', box.getAttribute('data-text-pending'));
        } else if (!result.commitmentOk) {
          show(box, 'mismatch', box.getAttribute('data-text-commitment-wrong'));
        } else if (!result.matches) {
          show(box, 'mismatch', box.getAttribute('data-text-mismatch'));
        } else {
          show(box, 'matches', box.getAttribute('data-text-matches').replace('{0}', took));
        }
      })
      .catch(function () {
        show(box, 'error', box.getAttribute('data-text-error'));
      });
  });
}());
