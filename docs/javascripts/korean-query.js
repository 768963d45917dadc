/* Korean search: drop the particle from each Korean word of a query before Material's search worker
 * sees it, so 시퀀스가 or 은닉 상태를 find pages that write 시퀀스를, 시퀀스의, 은닉 상태는, ...
 * Material adds * to every query word, so the bare noun matches it with any particle; the word typed
 * stays in the search box. Only Korean words change, and only by losing a trailing particle, so a
 * query can never find less than before (the stem is a prefix of the word). Loaded as a polyfill
 * (in <head>, before Material's bundle creates the worker); it wraps Worker#postMessage and rewrites
 * Material's query messages ({type: 2, data: "<query>"}; Material 9). */
(() => {
  "use strict"
  // longest first, so 에서 is tried before 서-less 에, 이나 before 나, ...
  const particles = [
    "에서부터", "으로부터", "에게서", "으로서", "으로써", "이라는", "이라고", "입니다",
    "에서", "에게", "한테", "으로", "로서", "로써", "까지", "부터", "처럼", "보다", "마다", "이나", "이며",
    "라는", "라고", "이다", "이고", "만큼", "조차", "밖에",
    "이", "가", "은", "는", "을", "를", "의", "에", "로", "와", "과", "도", "만", "나", "랑"
  ]
  const hangul = /^[\uac00-\ud7a3]+$/
  // at most two particles (데이터에서는 -> 데이터에서 -> 데이터); a stem keeps at least one syllable
  const stem = word => {
    for (let round = 0; round < 2 && hangul.test(word); round++) {
      const particle = particles.find(p => word.length > p.length && word.endsWith(p))
      if (!particle)
        break
      word = word.slice(0, -particle.length)
    }
    return word
  }
  const normalize = query => query.replace(/[\uac00-\ud7a3]+/g, stem)
  window.__koreanQuery = normalize  // for the browser tests

  const post = Worker.prototype.postMessage
  Worker.prototype.postMessage = function (message, ...rest) {
    if (message && message.type === 2 && typeof message.data === "string")
      message = { ...message, data: normalize(message.data) }
    return post.call(this, message, ...rest)
  }
})()
