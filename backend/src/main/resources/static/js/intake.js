// Registration form: add and remove complainant rows. Field names stay complainants[0..n-1].x so that the server's
// error messages (named the same way) land next to the right field.
(function () {
  var table = document.getElementById("complainants");
  var template = document.getElementById("complainant-row-template");
  if (!table || !template) {
    return;
  }
  var body = table.tBodies[0];

  function renumber() {
    Array.prototype.forEach.call(body.rows, function (row, i) {
      row.querySelectorAll("input").forEach(function (input) {
        var field = input.getAttribute("data-name") || input.name.replace(/^complainants\[\d+]\./, "");
        input.setAttribute("data-name", field);
        input.name = "complainants[" + i + "]." + field;
      });
    });
  }

  document.getElementById("add-complainant").addEventListener("click", function () {
    var row = template.content.firstElementChild.cloneNode(true);
    body.appendChild(row);
    renumber();
    if (window.htmx) {
      window.htmx.process(row);
    }
    row.querySelector("input").focus();
  });

  body.addEventListener("click", function (event) {
    if (!event.target.classList.contains("remove-complainant")) {
      return;
    }
    var row = event.target.closest("tr");
    if (body.rows.length > 1) {
      row.remove();
    } else {
      // keep one (empty) row: an anonymous report simply leaves it blank
      row.querySelectorAll("input").forEach(function (input) {
        if (input.type === "checkbox") {
          input.checked = false;
        } else {
          input.value = "";
        }
      });
      row.querySelectorAll(".field-error").forEach(function (span) { span.textContent = ""; });
    }
    renumber();
  });

  renumber();
})();
