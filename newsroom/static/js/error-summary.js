// After a sign-on comes back with errors: focus the summary, so it is read first, and make its
// links bring each field into view with its label above it. The browser first focuses the form
// (the #sign the page was opened at), so the summary takes focus once the page has loaded.
(function () {
    "use strict";
    var summary = document.querySelector("[data-error-summary]");
    if (!summary) { return; }
    function focusSummary() {
        summary.focus();
        summary.scrollIntoView({ block: "start" });
    }
    if (document.readyState === "complete") { focusSummary(); } else { window.addEventListener("load", focusSummary); }
    summary.addEventListener("click", function (event) {
        var link = event.target.closest("a[href^='#']");
        var field = link && document.getElementById(link.getAttribute("href").slice(1));
        if (!field) { return; }
        event.preventDefault();
        var label = document.querySelector("label[for='" + field.id + "']") || field;
        label.scrollIntoView({ block: "start" });
        field.focus({ preventScroll: true });
    });
})();
