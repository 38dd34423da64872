// Buttons with data-copy-text put that text on the clipboard, so readers can paste a ready post.
document.addEventListener("click", async (event) => {
    const button = event.target.closest("[data-copy-text]");
    if (!button || !navigator.clipboard) return;
    await navigator.clipboard.writeText(button.dataset.copyText);
    button.textContent = button.dataset.copiedLabel || button.textContent;
});
