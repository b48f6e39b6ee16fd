// Herald's web UI: a little help for the reader, nothing the pages need to work.
// Hovering a quote in "Who said what" outlines it in the text, and the other way round.
document.addEventListener("DOMContentLoaded", () => {
  const pieces = (id) => document.querySelectorAll(`q.quote[data-quote="${CSS.escape(id)}"]`);
  document.querySelectorAll("q.quote[data-quote]").forEach((q) => {
    const id = q.dataset.quote;
    q.addEventListener("mouseenter", () => pieces(id).forEach((p) => p.classList.add("highlight")));
    q.addEventListener("mouseleave", () => pieces(id).forEach((p) => p.classList.remove("highlight")));
  });
});
