// Refreshes petition counts from the count API, so a page served from a cache shows the live figure.
(function () {
    "use strict";
    // Western digits grouped the way the server's number formats group them (1,412 · 1.412).
    var numbers = new Intl.NumberFormat(document.documentElement.lang || undefined, {
        numberingSystem: "latn",
        useGrouping: "always"
    });
    document.querySelectorAll("[data-count-url]").forEach(function (box) {
        fetch(box.dataset.countUrl, { headers: { Accept: "application/json" } })
            .then(function (response) { return response.ok ? response.json() : null; })
            .then(function (data) {
                if (!data) { return; }
                var count = box.querySelector(".petition-progress__count");
                var bar = box.querySelector(".petition-progress__bar");
                if (count && Number(count.dataset.count) < data.count) {
                    count.dataset.count = data.count;
                    count.textContent = numbers.format(data.count);
                }
                if (bar && Number(bar.value) < data.count) { bar.value = data.count; }
            })
            .catch(function () { /* the figure rendered with the page stays */ });
    });
})();
