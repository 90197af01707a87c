function lzmaDecode(bytes) {
  // .lzma ("alone") header: props byte = (pb * 5 + lp) * 9 + lc, 4-byte dict size (unused: the whole
  // output buffer is the window), 8-byte LE uncompressed size; the range-coded stream starts at byte 13.
  var L = bytes[0], lc = L % 9, lp = (L = L / 9 | 0) % 5, pb = L / 5 | 0, size = 0, M = 1 << 31, rev,
    // range coder state [range, code, input position] in an Int32Array shared with the helpers below:
    // keeps them untagged int32 (closure variables above 2^30 would be boxed as heap numbers in Chrome)
    S = new Int32Array([-1, 0, 18]),
    pos = 0, state = 0, reps = [1, 1, 1, 1], // rep0..rep3 stored as distance + 1
    // all probabilities (11-bit, start at 1/2) in one table; single decisions are decoded as 1-bit trees,
    // so their probability sits at base + 1:
    //   1 isMatch[state][posState]  193 isRep, 205 isRepG0, 217 isRepG1, 229 isRepG2 [state]
    //   241 isRep0Long[state][posState]  432 posSlot[lenState] (64 each)  687 specPos  802 align
    //   818 / 1330 match / rep length coders: choice at +0, choice2 at +8 (the unused node 0 of the
    //   posState 0/1 low trees), low[posState] +0, mid[posState] +128 (8 each), high +256
    //   1842 literal coders, 0x300 each: plain tree +0, matched trees +0x100 / +0x200
    P = new Uint16Array(1842 + (768 << lc + lp)).fill(1024), out, posState, k, n, len, dist, slot, base;
  if (L > 24) throw Error("lzma: bad header");
  for (L = 13; L > 5;) size = size * 256 + bytes[--L]; // unknown size (all 0xFF) → RangeError below
  out = new Uint8Array(size);
  for (L = 13; L < 18;) S[1] = S[1] << 8 | bytes[L++];
  L = bytes.length;

  // Decode an n-bit bit tree at base (nodes base+1 .. base+2^n-1), MSB first; returns the value and sets
  // rev = the same bits read LSB first (reverse trees). k = 256: matched literal with match byte mb, i.e.
  // use the probs at +0x100/+0x200 (chosen by the match bit) until the first bit differing from it.
  function T(base, n, k, mb) {
    for (var R = S[0], C = S[1], Q = S[2], m = 1, j = 0, v = 0, i, p, b, x, t; j < n; j++) {
      x = (mb <<= 1) & k; i = base + k + x + m;
      if ((R ^ M) < -2130706432) R <<= 8, C = C << 8 | bytes[Q++]; // normalize: range < 2^24 (unsigned)
      p = P[i]; b = Math.imul(R >>> 11, p);
      if ((C ^ M) < (b ^ M)) R = b, P[i] = p + (2048 - p >> 5), t = 0; // unsigned code < bound
      else R = R - b | 0, C = C - b | 0, P[i] = p - (p >> 5), t = 1;
      m = m * 2 + t; v |= t << j; k = t ? x : k ^ x;
    }
    S[0] = R; S[1] = C; S[2] = Q; rev = v;
    return m - (1 << n);
  }
  // n direct bits (fixed probability 1/2), MSB first
  function D(n) {
    for (var R = S[0], C = S[1], Q = S[2], v = 0, t; n--;) {
      if ((R ^ M) < -2130706432) R <<= 8, C = C << 8 | bytes[Q++];
      R >>>= 1;
      if (t = (C ^ M) >= (R ^ M)) C = C - R | 0;
      v = v * 2 + t;
    }
    S[0] = R; S[1] = C; S[2] = Q;
    return v;
  }

  while (pos < size) {
    posState = pos & (1 << pb) - 1;
    if (!T(state << 4 | posState, 1, 0, 0)) {
      // literal, context = lp low bits of pos and lc high bits of the previous byte
      n = T(1842 + 768 * (((pos & (1 << lp) - 1) << 8 | (pos && out[pos - 1])) >> 8 - lc), 8,
        state > 6 ? 256 : 0, state > 6 ? out[pos - reps[0]] : 0);
      out[pos++] = n;
      state = state < 4 ? 0 : state < 10 ? state - 3 : state - 6;
    } else {
      // isRep, then isRepG0..G2: k = 0 plain match, k = 1..4 rep0..rep3
      for (k = 0; k < 4 && T(192 + 12 * k + state, 1, 0, 0);) k++;
      if (k) { // rep0 with isRep0Long = 0 is a "short rep" (1 byte, no length): base = 0
        base = --k || T(240 + (state << 4) + posState, 1, 0, 0) ? 1330 : 0;
        state = state < 7 ? base ? 8 : 9 : 11;
      } else k = 3, base = 818, state = state < 7 ? 7 : 10;
      // move reps[k] to the front (plain match: k = 3 drops rep3; reps[0] is replaced below)
      for (dist = reps[k]; k;) reps[k] = reps[--k];
      reps[0] = dist;
      len = -1; // length - 2
      if (base) {
        for (n = 0; n < 2 && T(base + 8 * n - 1, 1, 0, 0);) n++; // choice, choice2
        len = T(base + (n > 1 ? 256 : n * 128 + posState * 8), n > 1 ? 8 : 3, 0, 0) + n * 8;
      }
      if (base == 818) {
        slot = T(432 + ((len < 3 ? len : 3) << 6), 6, 0, 0);
        if (slot > 3) {
          n = (slot >> 1) - 1; dist = (2 | slot & 1) << n;
          // slots 4..13: n reverse-tree bits; 14+: n - 4 direct bits, then 4 reverse-tree align bits
          if (slot > 13) dist += D(n - 4) << 4, T(802, 4, 0, 0); else T(687 + dist - slot, n, 0, 0);
          dist += rev;
        } else dist = slot;
        reps[0] = (dist >>> 0) + 1; // the end marker (2^32 - 1) becomes 2^32 and fails the check below
      }
      if (reps[0] > pos || S[2] > L) throw Error("lzma: corrupt input");
      for (dist = reps[0], len += 2; len-- && pos < size; pos++) out[pos] = out[pos - dist];
    }
  }
  if (S[2] > L) throw Error("lzma: truncated input");
  return out;
}
