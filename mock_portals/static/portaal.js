// Accordions: a button with aria-expanded opens and closes the region it controls.
for (const bar of document.querySelectorAll("button[aria-controls]")) {
  bar.addEventListener("click", () => {
    const open = bar.getAttribute("aria-expanded") !== "true";
    bar.setAttribute("aria-expanded", String(open));
    document.getElementById(bar.getAttribute("aria-controls")).hidden = !open;
  });
}
