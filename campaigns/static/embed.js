// The one line partners paste into their pages:
//   <script src="https://<our site>/static/embed.js" data-petition="<petition key>"
//           data-partner="<partner code>" data-lang="es" async></script>
// puts the petition in a frame after the tag and keeps the frame as tall as what it shows.
// Heights come from the frame by postMessage; each side listens only to the other's window and
// origin (the frame, embed-frame.js, answers only sites allowed to frame it).
(function () {
    "use strict";
    var HELLO = "newsroom-embed:hello";
    var HEIGHT = "newsroom-embed:height";

    function embed(script) {
        script.setAttribute("data-embedded", "");
        var origin = new URL(script.src).origin;
        var query = new URLSearchParams();
        if (script.dataset.lang) { query.set("lang", script.dataset.lang); }
        if (script.dataset.partner) { query.set("partner", script.dataset.partner); }
        var frame = document.createElement("iframe");
        frame.src = origin + "/embed/petitions/" + encodeURIComponent(script.dataset.petition) + "/" +
            (query.toString() ? "?" + query.toString() : "");
        frame.title = script.dataset.title || "Petition";
        frame.style.cssText = "display:block;inline-size:100%;max-inline-size:100%;border:0;block-size:" +
            (parseInt(script.dataset.height, 10) || 720) + "px";
        script.parentNode.insertBefore(frame, script.nextSibling);

        // Every page the frame loads (the form, then the thank-you page) is greeted, so it knows
        // where to send its height; the greeting goes to our origin only.
        frame.addEventListener("load", function () {
            frame.contentWindow.postMessage({ type: HELLO }, origin);
        });
        window.addEventListener("message", function (event) {
            if (event.origin !== origin || event.source !== frame.contentWindow) { return; }
            var data = event.data || {};
            if (data.type === HEIGHT && typeof data.height === "number" && data.height > 0) {
                frame.style.blockSize = Math.ceil(Math.min(data.height, 20000)) + "px";
            }
        });
    }

    var scripts = document.querySelectorAll("script[data-petition]:not([data-embedded])");
    Array.prototype.forEach.call(scripts, function (script) {
        if (/\/embed\.js(\?|$)/.test(script.src)) { embed(script); }
    });
})();
