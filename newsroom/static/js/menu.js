// The header's menu on narrow screens. Without JavaScript the "Menu" link opens it with :target;
// here it becomes a button that shows and hides it in place, and Escape closes it.
(function () {
    "use strict";
    var link = document.querySelector("[data-menu-toggle]");
    var menu = link && document.getElementById(link.getAttribute("aria-controls"));
    if (!menu) { return; }
    var button = document.createElement("button");
    button.type = "button";
    button.className = link.className;
    button.setAttribute("aria-controls", menu.id);
    button.setAttribute("aria-expanded", "false");
    button.innerHTML = link.innerHTML;
    link.replaceWith(button);

    function setOpen(open) {
        menu.classList.toggle("is-open", open);
        button.setAttribute("aria-expanded", String(open));
    }
    button.addEventListener("click", function () {
        setOpen(button.getAttribute("aria-expanded") !== "true");
    });
    document.addEventListener("keydown", function (event) {
        if (event.key === "Escape" && button.getAttribute("aria-expanded") === "true") {
            setOpen(false);
            button.focus();
        }
    });
})();
