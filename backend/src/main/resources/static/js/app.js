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

// A task form with a decision (data-decision-field, workflow.TaskDecisions): only the fields of the option chosen
// show (data-show-for="OPTION …"); hidden fields are disabled, so they are neither required nor sent. Before a final
// legal decision (data-final-options) the page asks (data-final-confirm). The server checks the same rules.
function decisionValue(form) {
  var name = form.getAttribute("data-decision-field");
  var fields = form.querySelectorAll("[name='" + name + "']");
  for (var i = 0; i < fields.length; i++) {
    var f = fields[i];
    if ((f.type === "radio" || f.type === "checkbox") ? f.checked : f.tagName === "SELECT") {
      return f.value;
    }
  }
  return "";
}

function applyDecision(form) {
  var chosen = decisionValue(form);
  var parts = form.querySelectorAll("[data-show-for]");
  for (var i = 0; i < parts.length; i++) {
    var part = parts[i];
    var show = part.getAttribute("data-show-for").split(" ").indexOf(chosen) >= 0;
    part.hidden = !show;
    var inputs = part.querySelectorAll("input, select, textarea");
    for (var j = 0; j < inputs.length; j++) {
      inputs[j].disabled = !show;
    }
  }
}

document.addEventListener("DOMContentLoaded", function () {
  var forms = document.querySelectorAll("form[data-decision-field]");
  for (var i = 0; i < forms.length; i++) {
    applyDecision(forms[i]);
  }
});
document.addEventListener("change", function (event) {
  var form = event.target && event.target.form;
  if (form && form.hasAttribute("data-decision-field")) {
    applyDecision(form);
  }
});
document.addEventListener(
  "submit",
  function (event) {
    var form = event.target;
    if (!form || !form.hasAttribute || !form.hasAttribute("data-final-options")) {
      return;
    }
    var finals = form.getAttribute("data-final-options").split(" ");
    if (finals.indexOf(decisionValue(form)) >= 0 && !window.confirm(form.getAttribute("data-final-confirm"))) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  },
  true
);
