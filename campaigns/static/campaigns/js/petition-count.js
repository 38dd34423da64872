// Refreshes petition counts from the count API, so a page served from a cache shows the live figure.
// A page may show one petition's count twice (the phone layout's summary and the side panel): one
// request per petition updates both.
(function () {
    "use strict";
    // Western digits grouped the way the server's number formats group them (1,412 · 1.412).
    var numbers = new Intl.NumberFormat(document.documentElement.lang || undefined, {
        numberingSystem: "latn",
        useGrouping: "always"
    });
    var boxes = {};
    document.querySelectorAll("[data-count-url]").forEach(function (box) {
        (boxes[box.dataset.countUrl] = boxes[box.dataset.countUrl] || []).push(box);
    });
    Object.keys(boxes).forEach(function (url) {
        fetch(url, { headers: { Accept: "application/json" } })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (data) {
                if (!data) { return; }
                boxes[url].forEach(function (box) {
                    var count = box.querySelector(".petition-progress__count");
                    var bar = box.querySelector(".petition-progress__bar");
                    if (count && Number(count.dataset.count) < data.count) {
                        count.dataset.count = data.count;
                        count.textContent = numbers.format(data.count);
                    }
                    if (bar && Number(bar.value) < data.count) { bar.value = data.count; }
                });
            })
            .catch(function () { /* the figure rendered with the page stays */ });
    });
})();
