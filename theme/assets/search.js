// Starts Pagefind's default UI on a search page (docs/search.md). The page carries no inline script (the CSP allows
// none): this file reads where Pagefind's files are from the page, loads Pagefind's UI, and only once it runs hides
// the plain form, which searches the site through a web search engine when JavaScript or Pagefind is missing.
(function () {
  "use strict";
  var host = document.getElementById("search");
  var bundle = host && host.getAttribute("data-bundle");
  if (!bundle) {
    return;
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (c) {
      return "&#" + c.charCodeAt(0) + ";";
    });
  }

  var style = document.createElement("link");
  style.rel = "stylesheet";
  style.href = bundle + "pagefind-ui.css";
  document.head.appendChild(style);

  var script = document.createElement("script");
  script.src = bundle + "pagefind-ui.js";
  script.onload = function () {
    new window.PagefindUI({
      element: "#search",
      bundlePath: bundle,
      baseUrl: host.getAttribute("data-base") || "/",
      showImages: true,
      showSubResults: false,
      // An article's date (its data-pagefind-meta) goes before its excerpt, rather than in a "Date:" tag under it
      // that the default UI would label in English.
      processResult: function (result) {
        if (result.meta && result.meta.date) {
          result.excerpt = '<span class="search-date">' + escapeHtml(result.meta.date) + "</span> — " + result.excerpt;
          delete result.meta.date;
        }
        return result;
      }
    });
    // Pagefind's field has only a placeholder: it gets the page's visible label.
    var input = host.querySelector(".pagefind-ui__search-input");
    var label = document.querySelector(".search-ui-label");
    if (input && label) {
      input.id = "search-input";
      label.htmlFor = input.id;
      label.hidden = false;
    }
    var fallback = document.querySelector(".search-fallback");
    if (fallback) {
      fallback.hidden = true;
    }
  };
  document.head.appendChild(script);
})();
