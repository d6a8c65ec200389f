// rasd dashboard: small progressive enhancements only; every page works without it.
document.addEventListener("DOMContentLoaded", () => {
  // Submit event filters as soon as a select changes.
  for (const sel of document.querySelectorAll("form.filters select")) {
    sel.addEventListener("change", () => sel.form.submit());
  }
});
