// htmx requests carry the CSRF token of the page (Spring Security rejects unsafe requests without it).
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector("meta[name='_csrf']");
  var header = document.querySelector("meta[name='_csrf_header']");
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});

// The Content-Security-Policy forbids inline event handlers (onsubmit="…"): a form that asks before it is sent
// says so with data-confirm="question", a select that sends its form when changed with data-autosubmit.
document.addEventListener(
  "submit",
  function (event) {
    var form = event.target;
    var question = form && form.getAttribute ? form.getAttribute("data-confirm") : null;
    if (question && !window.confirm(question)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  },
  true
);
document.addEventListener("change", function (event) {
  var field = event.target;
  if (field && field.hasAttribute && field.hasAttribute("data-autosubmit") && field.form) {
    field.form.submit();
  }
});
