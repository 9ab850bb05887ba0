// Live reload for `site serve`: injected into served pages only, never written to the output.
(function () {
  "use strict";
  var overlayId = "site-preview-errors";

  var french = /^fr/i.test(document.documentElement.lang || "");
  var words = french
    ? { title: "La page n’a pas pu être mise à jour", lead: "Voici la dernière version réussie. Corrigez ceci, enregistrez, et la page se recharge :",
        where: function (p) { return p.file + (p.line ? ", ligne " + p.line + (p.column ? ", colonne " + p.column : "") : ""); }, fix: "Pour corriger : ", warning: "Avertissement" }
    : { title: "The page could not be updated", lead: "This is the last version that built. Fix this, save, and the page reloads:",
        where: function (p) { return p.file + (p.line ? ", line " + p.line + (p.column ? ", column " + p.column : "") : ""); }, fix: "To fix it: ", warning: "Warning" };

  function element(tag, text, css) {
    var e = document.createElement(tag);
    if (text) { e.textContent = text; }
    if (css) { e.style.cssText = css; }
    return e;
  }

  // The source line in monospace, the faulty character marked, and a caret under it: the caret line repeats the
  // text before the column invisibly, so that it lines up in any font, with tabs or wide characters.
  function frame(p) {
    var pre = element("pre", null, "margin:.5rem 0;padding:.75rem 1rem;background:#111;color:#eee;border-radius:6px;overflow:auto;font:14px/1.5 ui-monospace,Menlo,Consolas,monospace");
    var prefix = p.line ? p.line + " | " : "";
    pre.appendChild(document.createTextNode(prefix + (p.before || "")));
    if (p.at !== undefined) {
      pre.appendChild(element("mark", p.at || " ", "background:#c62828;color:#fff;border-radius:2px"));
    }
    pre.appendChild(document.createTextNode((p.after || "") + "\n"));
    if (p.at !== undefined) {
      pre.appendChild(element("span", prefix + (p.before || ""), "visibility:hidden"));
      pre.appendChild(element("span", "^", "color:#ff8a80;font-weight:bold"));
    }
    return pre;
  }

  function sentence(text) {
    return text.charAt(0).toUpperCase() + text.slice(1) + (/[.!?)]$/.test(text) ? "" : ".");
  }

  function showErrors(data) {
    var report;
    try { report = JSON.parse(data); } catch (e) { report = { problems: [{ severity: "error", message: data }] }; }
    var overlay = document.getElementById(overlayId);
    if (overlay) { overlay.remove(); }
    overlay = element("div", null, "position:fixed;inset:0;z-index:2147483647;overflow:auto;background:rgba(250,250,250,.97);color:#1a1a1a;padding:2rem;font:16px/1.5 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif");
    overlay.id = overlayId;
    overlay.setAttribute("role", "alert");
    var panel = element("div", null, "max-width:50rem;margin:0 auto");
    panel.appendChild(element("h1", words.title, "font-size:1.4rem;margin:0 0 .25rem;color:#b71c1c"));
    panel.appendChild(element("p", words.lead, "margin:0 0 1.5rem;color:#555"));
    report.problems.forEach(function (p) {
      var item = element("section", null, "margin:0 0 1.5rem;padding:1rem 1.25rem;background:#fff;border-left:4px solid " + (p.severity === "error" ? "#c62828" : "#f9a825") + ";border-radius:4px;box-shadow:0 1px 3px rgba(0,0,0,.12)");
      if (p.file) { item.appendChild(element("div", (p.severity === "error" ? "" : words.warning + " — ") + words.where(p), "font-size:.9rem;color:#555")); }
      item.appendChild(element("p", sentence(p.message), "margin:.25rem 0;font-size:1.1rem;font-weight:600"));
      if (p.before !== undefined || p.after !== undefined) { item.appendChild(frame(p)); }
      if (p.hint) { item.appendChild(element("p", words.fix + sentence(p.hint), "margin:.25rem 0")); }
      panel.appendChild(item);
    });
    overlay.appendChild(panel);
    document.body.appendChild(overlay);
  }

  // A stylesheet's name carries a hash of its content (site.3f2a9c01be.css): swap each link for the new name
  // that has the same stem, without reloading the page.
  function swapStylesheets(e) {
    var fresh = (e.data || "").split("\n");
    document.querySelectorAll('link[rel="stylesheet"]').forEach(function (link) {
      var path = new URL(link.href).pathname;
      var stem = path.replace(/\.[0-9a-f]{10}\.css$/, "");
      fresh.forEach(function (url) {
        if (url && url !== path && url.replace(/\.[0-9a-f]{10}\.css$/, "") === stem) { link.href = url; }
      });
    });
  }

  var source = new EventSource("/__site/events");
  source.addEventListener("reload", function () { window.location.reload(); });
  source.addEventListener("css", swapStylesheets);
  source.addEventListener("failed", function (e) { showErrors(e.data); });
  // Sent after every successful rebuild, before "reload" or "css": the pages shown are good again.
  source.addEventListener("ok", function () {
    var overlay = document.getElementById(overlayId);
    if (overlay) { overlay.remove(); }
  });
})();
