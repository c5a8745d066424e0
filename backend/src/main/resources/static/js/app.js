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

// ---------------------------------------------------------------------------------------------------------------
// The workbench shell (fragments/layout :: header): sidebar, its groups, the session warning, drafts, date pickers.
// ---------------------------------------------------------------------------------------------------------------
(function () {
  var root = document.documentElement;
  var narrow = window.matchMedia("(max-width: 1024px)");

  function store(key, value) {
    try {
      if (value === null) {
        window.localStorage.removeItem(key);
      } else {
        window.localStorage.setItem(key, value);
      }
    } catch (ignored) {
      // storage refused: the state lasts for this page only
    }
  }

  function stored(key) {
    try {
      return window.localStorage.getItem(key);
    } catch (ignored) {
      return null;
    }
  }

  // --- sidebar: collapsed to icons by the user (remembered) or by a narrow window (tablet, ≤ 1024 px) ---
  function sidebarCollapsed() {
    return narrow.matches ? !root.classList.contains("sidebar-expanded") : root.classList.contains("sidebar-collapsed");
  }

  function showSidebarState() {
    var toggle = document.getElementById("sidebar-toggle");
    if (!toggle) {
      return;
    }
    var collapsed = sidebarCollapsed();
    toggle.setAttribute("aria-expanded", collapsed ? "false" : "true");
    toggle.setAttribute("title", collapsed ? "展开菜单" : "收起菜单");
    var text = toggle.querySelector(".nav-text");
    if (text) {
      text.textContent = collapsed ? "展开菜单" : "收起菜单";
    }
  }

  function toggleSidebar() {
    if (narrow.matches) {
      root.classList.toggle("sidebar-expanded");
    } else {
      root.classList.toggle("sidebar-collapsed");
      store("laborcase.sidebar", root.classList.contains("sidebar-collapsed") ? "collapsed" : null);
    }
    showSidebarState();
  }

  // --- sidebar groups: each can be closed; the closed ones are remembered, the current page's stays open ---
  function closedGroups() {
    try {
      var list = JSON.parse(stored("laborcase.nav-closed") || "[]");
      return Array.isArray(list) ? list : [];
    } catch (ignored) {
      return [];
    }
  }

  function setGroupOpen(group, open) {
    group.classList.toggle("closed", !open);
    var button = group.querySelector(".nav-group-toggle");
    if (button) {
      button.setAttribute("aria-expanded", open ? "true" : "false");
    }
  }

  function initGroups() {
    var closed = closedGroups();
    document.querySelectorAll(".nav-group").forEach(function (group) {
      var key = group.getAttribute("data-group");
      setGroupOpen(group, group.classList.contains("has-active") || closed.indexOf(key) < 0);
    });
  }

  document.addEventListener("click", function (event) {
    var target = event.target && event.target.closest ? event.target : null;
    if (!target) {
      return;
    }
    if (target.closest("#sidebar-toggle")) {
      toggleSidebar();
      return;
    }
    var button = target.closest(".nav-group-toggle");
    if (button) {
      if (sidebarCollapsed()) {
        // icons only: a group header would open nothing visible; expand the sidebar instead
        toggleSidebar();
        return;
      }
      var group = button.closest(".nav-group");
      var open = group.classList.contains("closed");
      setGroupOpen(group, open);
      var key = group.getAttribute("data-group");
      var closed = closedGroups().filter(function (k) {
        return k !== key;
      });
      if (!open) {
        closed.push(key);
      }
      store("laborcase.nav-closed", JSON.stringify(closed));
    }
  });

  document.addEventListener("keydown", function (event) {
    // Escape closes the sidebar a tablet user opened over the page
    if (event.key === "Escape" && narrow.matches && root.classList.contains("sidebar-expanded")) {
      root.classList.remove("sidebar-expanded");
      showSidebarState();
      var toggle = document.getElementById("sidebar-toggle");
      if (toggle) {
        toggle.focus();
      }
    }
  });

  if (narrow.addEventListener) {
    narrow.addEventListener("change", function () {
      root.classList.remove("sidebar-expanded");
      showSidebarState();
    });
  }

  // --- the page title in the top bar: the page's own title (head(title)) when it says more than the menu entry ---
  function showPageTitle() {
    var title = document.getElementById("page-title");
    var crumbs = document.querySelector("#breadcrumbs ol");
    if (!title || !crumbs) {
      return;
    }
    var own = document.title.replace(/\s*·\s*LaborCase$/, "");
    var said = Array.prototype.map.call(crumbs.querySelectorAll("li"), function (li) {
      return li.textContent.trim();
    });
    if (own && said.indexOf(own) >= 0) {
      // the page's title is already a crumb (系统管理 on the console): the entry stays the page's title
      return;
    }
    if (own && title.textContent.trim() !== own) {
      var current = crumbs.querySelector("li.current");
      if (current && current.querySelector("span")) {
        // the entry's crumb becomes a link back to its list; the page's title is the last crumb
        var entryLink = document.querySelector(".sidebar-nav a.active");
        if (entryLink) {
          var a = document.createElement("a");
          a.href = entryLink.getAttribute("href");
          a.textContent = current.textContent;
          current.textContent = "";
          current.appendChild(a);
          current.classList.remove("current");
        }
      }
      var li = document.createElement("li");
      li.className = "current";
      var span = document.createElement("span");
      span.setAttribute("aria-current", "page");
      span.textContent = own;
      li.appendChild(span);
      crumbs.appendChild(li);
      title.textContent = own;
    }
  }

  // --- the session: a warning before the idle timeout ends, 继续工作 pings the server ---
  function initSessionWarning() {
    var box = document.getElementById("session-warning");
    if (!box) {
      return;
    }
    var timeout = parseInt(box.getAttribute("data-timeout"), 10);
    var warnBefore = parseInt(box.getAttribute("data-warn-before"), 10);
    if (!(timeout > 0) || !(warnBefore > 0)) {
      return;
    }
    var remaining = document.getElementById("session-remaining");
    var endsAt = Date.now() + timeout * 1000;
    var ticking = null;

    function restart() {
      endsAt = Date.now() + timeout * 1000;
      box.hidden = true;
    }

    function tick() {
      var left = Math.max(0, Math.round((endsAt - Date.now()) / 1000));
      if (left <= 0) {
        window.clearInterval(ticking);
        if (draftPaths().length > 0) {
          session("set", RELOGIN, "1");
        }
        // the session is over: load this page again, which the server answers with the login page and, after the
        // login, brings the user back here; the form's content waits in sessionStorage (drafts below)
        window.location.assign(window.location.pathname + window.location.search);
        return;
      }
      if (left <= warnBefore) {
        remaining.textContent = Math.floor(left / 60) + ":" + String(left % 60).padStart(2, "0");
        if (box.hidden) {
          box.hidden = false;
          document.getElementById("session-continue").focus();
        }
      }
    }

    document.getElementById("session-continue").addEventListener("click", function () {
      var token = document.querySelector("meta[name='_csrf']");
      var header = document.querySelector("meta[name='_csrf_header']");
      var headers = {"X-Requested-With": "XMLHttpRequest"};
      if (token && header) {
        headers[header.content] = token.content;
      }
      fetch(box.getAttribute("data-ping") || "/session/ping", {
        method: "POST",
        headers: headers,
        credentials: "same-origin",
        redirect: "manual"
      }).then(function (response) {
        if (response.status === 204) {
          restart();
        } else {
          if (draftPaths().length > 0) {
            session("set", RELOGIN, "1");
          }
          window.location.assign(window.location.pathname + window.location.search);
        }
      });
    });
    // any request of this page (a link, a form, htmx) starts the server's timeout again
    document.addEventListener("htmx:afterRequest", restart);
    ticking = window.setInterval(tick, 1000);
  }

  // --- drafts: a form being filled in survives a re-login (sessionStorage of this tab only, never localStorage) ---
  var DRAFT = "laborcase.draft:";
  var PENDING = "laborcase.draft-pending";

  function draftForms() {
    return Array.prototype.filter.call(document.querySelectorAll("main form"), function (form) {
      return (form.method || "").toLowerCase() === "post"
        && !form.hasAttribute("data-no-draft")
        && !form.querySelector("input[type=password]")
        && form.querySelector("input[type=text], input:not([type]), textarea, select, input[type=date], input[type=tel], input[type=email], input[type=number]");
    });
  }

  function draftKey(form, index) {
    return DRAFT + window.location.pathname + "#" + (form.id || index);
  }

  function draftFields(form) {
    return Array.prototype.filter.call(form.elements, function (field) {
      var type = (field.type || "").toLowerCase();
      return field.name && field.name !== "_csrf" && type !== "hidden" && type !== "password" && type !== "file"
        && type !== "submit" && type !== "button" && !field.hasAttribute("data-no-draft");
    });
  }

  function saveDraft(form, index) {
    var values = [];
    draftFields(form).forEach(function (field) {
      var type = (field.type || "").toLowerCase();
      if (type === "checkbox" || type === "radio") {
        values.push([field.name, field.value, field.checked]);
      } else {
        values.push([field.name, field.value]);
      }
    });
    try {
      window.sessionStorage.setItem(draftKey(form, index), JSON.stringify(values));
    } catch (ignored) {
      // storage full or refused: nothing is kept
    }
  }

  function restoreDraft(form, index) {
    var saved;
    try {
      saved = JSON.parse(window.sessionStorage.getItem(draftKey(form, index)) || "null");
    } catch (ignored) {
      saved = null;
    }
    if (!Array.isArray(saved)) {
      return false;
    }
    var fields = draftFields(form);
    var used = {};
    saved.forEach(function (entry) {
      var name = entry[0];
      var matches = fields.filter(function (f) {
        return f.name === name;
      });
      if (entry.length === 3) {
        matches.forEach(function (f) {
          if (f.value === entry[1]) {
            f.checked = entry[2];
          }
        });
        return;
      }
      // repeated names (rows of a table) are filled in order
      var n = used[name] || 0;
      used[name] = n + 1;
      if (matches[n]) {
        matches[n].value = entry[1];
      }
    });
    return true;
  }

  // A draft is restored only after a re-login (the login page, or the session's end, sets RELOGIN): a form the user
  // simply left is not filled in again with stale values the next time he opens it.
  var RELOGIN = "laborcase.relogin";

  function session(action, key, value) {
    try {
      if (action === "get") {
        return window.sessionStorage.getItem(key);
      }
      if (action === "set") {
        window.sessionStorage.setItem(key, value);
      } else {
        window.sessionStorage.removeItem(key);
      }
    } catch (ignored) {
      return null;
    }
    return null;
  }

  function draftPaths() {
    var keys = [];
    try {
      keys = Object.keys(window.sessionStorage);
    } catch (ignored) {
      return [];
    }
    return keys
      .filter(function (key) {
        return key.indexOf(DRAFT) === 0;
      })
      .map(function (key) {
        return key.substring(DRAFT.length, key.lastIndexOf("#"));
      });
  }

  function dropDrafts(path) {
    try {
      Object.keys(window.sessionStorage).forEach(function (key) {
        if (key.indexOf(DRAFT + path + "#") === 0) {
          window.sessionStorage.removeItem(key);
        }
      });
    } catch (ignored) {
      // nothing stored
    }
  }

  function initDrafts() {
    var here = window.location.pathname;
    if (here === "/login") {
      // a form sent with a session that had ended comes back here: it did not reach the server, its draft stays
      session("remove", PENDING);
      if (draftPaths().length > 0) {
        session("set", RELOGIN, "1");
      }
      return;
    }
    var pending = session("get", PENDING);
    if (pending) {
      // the submitted form reached the server (this is its answer, not the login page): its draft is done
      dropDrafts(pending);
      session("remove", PENDING);
    }
    var relogin = session("get", RELOGIN) === "1";
    var forms = draftForms();
    var restored = false;
    if (relogin) {
      forms.forEach(function (form, index) {
        if (restoreDraft(form, index)) {
          restored = true;
        }
      });
    } else {
      dropDrafts(here);
    }
    forms.forEach(function (form, index) {
      form.addEventListener("input", function () {
        saveDraft(form, index);
      });
      form.addEventListener("change", function () {
        saveDraft(form, index);
      });
      form.addEventListener("submit", function () {
        saveDraft(form, index);
        session("set", PENDING, here);
      });
    });
    var main = document.querySelector("main");
    if (restored) {
      session("remove", RELOGIN);
      var note = document.createElement("div");
      note.className = "alert alert-info draft-restored";
      note.id = "draft-restored";
      note.setAttribute("role", "status");
      note.textContent = "已恢复您在重新登录前填写但尚未提交的内容，请核对后提交。";
      main.insertBefore(note, main.firstChild);
      return;
    }
    var waiting = draftPaths().filter(function (path) {
      return path !== here;
    });
    if (relogin && waiting.length > 0 && main) {
      var box = document.createElement("div");
      box.className = "alert alert-info draft-waiting";
      box.id = "draft-waiting";
      box.setAttribute("role", "status");
      box.appendChild(document.createTextNode("您重新登录前有尚未提交的表单内容，已为您保留："));
      var link = document.createElement("a");
      link.href = waiting[0];
      link.id = "draft-waiting-link";
      link.textContent = "返回继续填写";
      box.appendChild(link);
      main.insertBefore(box, main.firstChild);
    } else if (relogin) {
      session("remove", RELOGIN);
    }
  }

  // --- dates: a Chinese date picker (flatpickr, zh) on every date field; the value stays yyyy-MM-dd ---
  function initDatePickers(scope) {
    if (typeof window.flatpickr !== "function") {
      return;
    }
    (scope || document).querySelectorAll("input[type=date]").forEach(function (input) {
      input.type = "text";
      input.setAttribute("placeholder", "年-月-日");
      input.setAttribute("autocomplete", "off");
      input.classList.add("date-input");
      // the zh locale starts the week on Sunday; Chinese calendars (and GB/T 7408) start it on Monday
      var zh = window.flatpickr.l10ns && window.flatpickr.l10ns.zh ? window.flatpickr.l10ns.zh : "zh";
      var locale = typeof zh === "string" ? zh : Object.assign({}, zh, {firstDayOfWeek: 1});
      window.flatpickr(input, {locale: locale, dateFormat: "Y-m-d", allowInput: true, disableMobile: true});
    });
  }

  // content htmx swaps in (a task's form, a table's rows) gets its date pickers too
  document.addEventListener("htmx:load", function (event) {
    if (event.target && event.target.querySelectorAll) {
      initDatePickers(event.target);
    }
  });

  function init() {
    showSidebarState();
    initGroups();
    showPageTitle();
    initSessionWarning();
    initDatePickers(document);
    initDrafts();
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", init);
  } else {
    init();
  }
})();

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
