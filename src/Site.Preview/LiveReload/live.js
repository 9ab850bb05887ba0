// Live reload for `site serve`: injected into served pages only, never written to the output.
(function () {
  "use strict";
  var overlayId = "site-preview-errors";

  function showErrors(text) {
    var overlay = document.getElementById(overlayId);
    if (!overlay) {
      overlay = document.createElement("div");
      overlay.id = overlayId;
      overlay.setAttribute("role", "alert");
      var s = overlay.style;
      s.position = "fixed"; s.inset = "0"; s.zIndex = "2147483647"; s.overflow = "auto";
      s.background = "rgba(20, 20, 20, 0.94)"; s.color = "#fff"; s.padding = "2rem";
      s.font = "14px/1.5 ui-monospace, Menlo, Consolas, monospace"; s.whiteSpace = "pre-wrap";
      document.body.appendChild(overlay);
    }
    overlay.textContent = "The build failed; the last good pages are shown.\n\n" + text;
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
