/* Search in the reader's language: mkdocs-static-i18n merges every language into one search index,
 * so a Korean query on a Korean page listed English pages too. Before Material's search worker
 * builds its index (the setup message, {type: 0, data: {config, docs}}; Material 9), this keeps
 * only the documents of the page's own language: those under "<lang>/" for a language served
 * under a prefix (en/), the rest for the default language (ko, served at /). The languages are
 * the ones the language selector offers; a page without a selector, or in a language the site
 * does not list, searches everything as before. Loaded as a polyfill (in <head>, before
 * Material's bundle creates the worker); it wraps Worker#postMessage like korean-query.js. */
(() => {
  "use strict"
  // the language of an index location ("en/rnn-basics/#x" -> "en"), given the languages and the default
  const languageOf = (location, prefixed, fallback) =>
    prefixed.find(lang => location === lang || location.startsWith(lang + "/")) || fallback

  const ownLanguage = docs => {
    const page = document.documentElement.lang
    const links = document.querySelectorAll("a.md-select__link[hreflang]")
    const langs = [...new Set([...links].map(link => link.hreflang))]
    if (!langs.includes(page))
      return docs
    const prefixed = langs.filter(lang => docs.some(doc => languageOf(doc.location, [lang], null)))
    const unprefixed = langs.filter(lang => !prefixed.includes(lang))
    if (unprefixed.length !== 1)
      return docs  // not one default language at the root: leave the index alone
    return docs.filter(doc => languageOf(doc.location, prefixed, unprefixed[0]) === page)
  }
  window.__searchLanguage = { languageOf, ownLanguage }  // for the browser tests

  const post = Worker.prototype.postMessage
  Worker.prototype.postMessage = function (message, ...rest) {
    if (message && message.type === 0 && message.data && Array.isArray(message.data.docs))
      message = { ...message, data: { ...message.data, docs: ownLanguage(message.data.docs) } }
    return post.call(this, message, ...rest)
  }
})()
