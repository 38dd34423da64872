// "Contact your members of Congress": the ZIP form's result, district picks and "I called"
// happen in place. Without this script the same forms and links reload the page with the result.
(() => {
    if (window.contactCongressReady) return; // the block may be on a page more than once
    window.contactCongressReady = true;

    const section = (element) => element.closest(".contact-congress");

    // The address of this page showing the result, to keep in the address bar.
    function pageAddress(container, params) {
        const query = new URLSearchParams(params);
        if (container.dataset.onFinder === undefined) {
            query.delete("page");
            query.delete("block");
        }
        return `${container.dataset.pagePath}?${query}#${container.id}`;
    }

    async function showResult(container, lookupUrl, params) {
        const url = new URL(lookupUrl, window.location.href);
        for (const [key, value] of params) url.searchParams.set(key, value);
        const pageUrl = pageAddress(container, params);
        const region = container.querySelector("[data-contact-result]");
        region.setAttribute("aria-busy", "true");
        try {
            const response = await fetch(url, { headers: { Accept: "application/json" } });
            const body = await response.json();
            region.innerHTML = body.html;
            history.replaceState(null, "", pageUrl);
            const heading = region.querySelector("h2, h3, h4, h5, [role=alert], [role=status]");
            if (heading) {
                heading.setAttribute("tabindex", "-1");
                heading.focus();
            }
        } catch (error) {
            window.location.assign(pageUrl); // fall back to the page's own answer
        } finally {
            region.removeAttribute("aria-busy");
        }
    }

    document.addEventListener("submit", (event) => {
        const form = event.target;
        if (form.matches("[data-contact-form]")) {
            event.preventDefault();
            const params = new URLSearchParams(new FormData(form));
            showResult(section(form), form.dataset.lookupUrl, params);
        } else if (form.matches("[data-called-form]")) {
            event.preventDefault();
            recordCall(form);
        }
    });

    document.addEventListener("click", (event) => {
        const link = event.target.closest("[data-contact-pick]");
        if (!link) return;
        const container = section(link);
        const form = container.querySelector("[data-contact-form]");
        if (!form) return;
        event.preventDefault();
        showResult(container, form.dataset.lookupUrl, new URL(link.href).searchParams);
    });

    async function recordCall(form) {
        const button = form.querySelector("button");
        button.disabled = true;
        try {
            const response = await fetch(form.action, {
                method: "POST",
                body: new FormData(form),
                headers: { Accept: "application/json" },
            });
            const body = await response.json();
            const note = document.createElement("p");
            note.className = response.ok ? "member-card__called" : "member-card__refused";
            note.setAttribute("role", "status");
            note.textContent = body.message;
            form.replaceWith(note);
            const total = section(note)?.querySelector("[data-call-total]");
            if (total && body.calls_text) {
                total.textContent = body.calls_text;
                total.hidden = false;
            }
        } catch (error) {
            form.submit(); // the page's own answer
        }
    }
})();
