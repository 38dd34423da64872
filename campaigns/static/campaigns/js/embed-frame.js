// Inside the embed's frame: tells the partner's page (embed.js) how tall the embed is, so the
// frame never needs a scroll bar. It answers only a greeting from the window that frames it,
// sent from a site allowed to frame it (the page lists them in data-framing-origins), and sends
// its height to that site alone.
(function () {
    "use strict";
    if (window.parent === window) { return; }
    var allowed = (document.documentElement.getAttribute("data-framing-origins") || "").split(" ")
        .concat([window.location.origin]);
    var parentOrigin = null;
    // What the page shows, without what the page's layout stretches to fill the window.
    var content = document.querySelector("[data-embed-content]") || document.body;

    function report() {
        if (!parentOrigin) { return; }
        var bottom = content.getBoundingClientRect().bottom + window.scrollY;
        var below = parseFloat(window.getComputedStyle(content.parentElement).paddingBlockEnd) || 0;
        window.parent.postMessage(
            { type: "newsroom-embed:height", height: Math.ceil(bottom + below) }, parentOrigin
        );
    }

    window.addEventListener("message", function (event) {
        if (event.source !== window.parent || allowed.indexOf(event.origin) === -1) { return; }
        if (!event.data || event.data.type !== "newsroom-embed:hello") { return; }
        parentOrigin = event.origin;
        report();
    });
    if (window.ResizeObserver) { new ResizeObserver(report).observe(content); }
    window.addEventListener("load", report);
})();
