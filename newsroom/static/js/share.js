// Share buttons: the device's own share sheet (Web Share API) where there is one; the plain links
// beside it work everywhere. "Copy link" puts the address on the clipboard.
(function () {
    "use strict";
    document.querySelectorAll("[data-share]").forEach(function (box) {
        var data = { title: box.dataset.shareTitle, text: box.dataset.shareText, url: box.dataset.shareUrl };
        var native = box.querySelector("[data-share-native]");
        if (native && navigator.share && (!navigator.canShare || navigator.canShare(data))) {
            native.hidden = false;
            native.addEventListener("click", function () {
                navigator.share(data).catch(function () { /* the reader closed the share sheet */ });
            });
        }
        var copy = box.querySelector("[data-share-copy]");
        if (copy && navigator.clipboard) {
            copy.hidden = false;
            copy.addEventListener("click", function () {
                navigator.clipboard.writeText(data.url).then(function () {
                    var status = box.querySelector("[role=status]");
                    if (status) { status.textContent = copy.dataset.copiedLabel; }
                });
            });
        }
    });
})();
