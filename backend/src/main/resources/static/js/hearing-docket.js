/* 周排期建议: ask the solver for a proposal, show it on FullCalendar (read-only) and in a table, confirm the ticked
   hearings in one request; each is booked race-safe by the server, one by one. */
(function () {
  "use strict";

  var form = document.getElementById("docket-form");
  if (!form) {
    return;
  }
  var ZONE = "Asia/Shanghai";
  var dayFormat = new Intl.DateTimeFormat("zh-CN", {
    timeZone: ZONE, year: "numeric", month: "long", day: "numeric", weekday: "short"
  });
  var timeFormat = new Intl.DateTimeFormat("zh-CN", {timeZone: ZONE, hour: "2-digit", minute: "2-digit", hour12: false});
  var proposeButton = document.getElementById("docket-propose");
  var waiting = document.getElementById("docket-waiting");
  var errorBox = document.getElementById("docket-error");
  var proposalBox = document.getElementById("docket-proposal");
  var confirmButton = document.getElementById("docket-confirm");
  var resultsBox = document.getElementById("docket-results");
  var calendarEl = document.getElementById("docket-calendar");
  var calendar = null;
  var proposal = null;
  var dropped = {};

  function csrfHeaders(headers) {
    var token = document.querySelector("meta[name='_csrf']");
    var header = document.querySelector("meta[name='_csrf_header']");
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  function problemText(response, body) {
    if (body && Array.isArray(body.errors) && body.errors.length > 0) {
      return body.errors.map(function (e) { return e.message; }).join("；");
    }
    if (body && body.detail) {
      return body.detail;
    }
    return "操作未成功（" + response.status + "），请稍后再试";
  }

  function call(url, options) {
    options = options || {};
    options.credentials = "same-origin";
    options.headers = csrfHeaders(Object.assign({"Accept": "application/json"}, options.headers || {}));
    return fetch(url, options).then(function (response) {
      return response.text().then(function (text) {
        var body = null;
        try { body = text ? JSON.parse(text) : null; } catch (e) { body = null; }
        if (!response.ok) {
          throw new Error(problemText(response, body));
        }
        return body;
      });
    });
  }

  function postJson(url, body) {
    return call(url, {method: "POST", headers: {"Content-Type": "application/json"}, body: JSON.stringify(body)});
  }

  function show(box, text) {
    box.textContent = text;
    box.hidden = !text;
  }

  function when(item) {
    var start = new Date(item.start);
    return dayFormat.format(start) + " " + timeFormat.format(start) + "至" + timeFormat.format(new Date(item.end));
  }

  function beijingLocal(instant) {
    // FullCalendar without a time-zone plugin shows a Beijing local time as it is (as the calendar feed sends them)
    var d = new Date(new Date(instant).getTime() + 8 * 3600 * 1000);
    return d.toISOString().substring(0, 19);
  }

  function partiesOf(caseId) {
    var box = document.getElementById("case-" + caseId);
    return box ? box.getAttribute("data-parties") : "";
  }

  function cell(row, text, className) {
    var td = document.createElement("td");
    td.textContent = text;
    if (className) { td.className = className; }
    row.appendChild(td);
    return td;
  }

  // ---- the calendar: the proposal (blue) over the committee's hearings (grey), read-only ----
  function proposedEvents() {
    return proposal.hearings.map(function (h) {
      var off = dropped[h.caseId] === true;
      return {
        id: "p" + h.caseId, title: h.caseNumber + " · " + h.room,
        start: beijingLocal(h.start), end: beijingLocal(h.end),
        classNames: [off ? "docket-dropped" : "docket-proposed"],
        extendedProps: {kind: "proposed", caseNumber: h.caseNumber, room: h.room, parties: partiesOf(h.caseId)}
      };
    });
  }

  function ensureCalendar() {
    if (calendar || typeof FullCalendar === "undefined") {
      return;
    }
    calendar = new FullCalendar.Calendar(calendarEl, {
      locale: "zh-cn",
      timeZone: ZONE,
      initialView: "timeGridWeek",
      headerToolbar: {left: "prev,next", center: "title", right: "dayGridMonth,timeGridWeek,listWeek"},
      buttonIcons: false,
      buttonText: {prev: "‹ 上一页", next: "下一页 ›", today: "今天", month: "月", week: "周", list: "列表"},
      slotMinTime: "08:00:00",
      slotMaxTime: "18:30:00",
      allDaySlot: false,
      nowIndicator: false,
      editable: false,
      height: "auto",
      eventTimeFormat: {hour: "2-digit", minute: "2-digit", hour12: false},
      eventSources: [
        {id: "proposal", events: function (info, success) { success(proposal ? proposedEvents() : []); }},
        {id: "existing", events: function (info, success, failure) {
          var q = new URLSearchParams({start: info.startStr, end: info.endStr});
          call(calendarEl.getAttribute("data-feed") + "?" + q.toString()).then(function (list) {
            success(list.map(function (e) {
              return {
                id: "h" + e.id, title: e.title, start: e.start, end: e.end, classNames: ["docket-existing"],
                extendedProps: {kind: "existing", caseNumber: e.caseNumber, room: e.room, parties: e.parties}
              };
            }));
          }).catch(failure);
        }}
      ],
      eventContent: function (arg) {
        var p = arg.event.extendedProps;
        var box = document.createElement("div");
        box.className = "hearing-event";
        var lines = [arg.timeText + " " + p.caseNumber, p.room + (p.kind === "existing" ? "（已安排）" : "")];
        lines.forEach(function (text, i) {
          var line = document.createElement("div");
          line.textContent = text;
          if (i === 0) { line.style.fontWeight = "600"; }
          box.appendChild(line);
        });
        return {domNodes: [box]};
      },
      eventDidMount: function (arg) {
        var p = arg.event.extendedProps;
        arg.el.setAttribute("data-kind", p.kind);
        arg.el.setAttribute("data-case-number", p.caseNumber);
        arg.el.title = p.caseNumber + "\n" + (p.parties || "") + "\n" + p.room;
      }
    });
    calendar.render();
  }

  function refreshProposalEvents() {
    if (calendar) {
      calendar.getEventSourceById("proposal").refetch();
    }
  }

  // ---- the proposal ----
  function softOf(score) {
    var m = /(-?\d+)soft/.exec(score || "");
    return m ? Number(m[1]) : null;
  }

  function summary(p, asked) {
    var placed = p.hearings.length;
    var text = "共 " + asked + " 件案件，建议安排 " + placed + " 件"
      + (p.unplaced.length ? "，" + p.unplaced.length + " 件未能安排（原因见下）" : "") + "。"
      + "排期范围 " + p.from + " 至 " + p.to + "，每场 " + (p.durationMinutes / 60) + " 小时。";
    var solverSoft = softOf(p.score);
    var baseSoft = softOf(p.baselineScore);
    if (p.baselineScore) {
      text += "对照：按仲裁期限先后依次排入的简单排法可安排 " + p.baselinePlaced + " 件"
        + (placed > p.baselinePlaced ? "，本建议多安排 " + (placed - p.baselinePlaced) + " 件" : "");
      if (solverSoft !== null && baseSoft !== null) {
        text += solverSoft > baseSoft
          ? "；在期限紧的案件先开庭、仲裁员负担均衡、同一仲裁庭少换审理室、审理室少空档等方面优于简单排法"
          : "；与简单排法相比，在期限、负担均衡与审理室连续性方面没有进一步改进";
      }
      text += "。计算用时 " + (p.solveMillis / 1000).toFixed(1) + " 秒。";
    }
    return text;
  }

  function renderProposal(p, asked) {
    proposal = p;
    dropped = {};
    document.getElementById("docket-summary").textContent = summary(p, asked);
    var tbody = document.getElementById("docket-items");
    tbody.textContent = "";
    p.hearings.forEach(function (h) {
      var tr = document.createElement("tr");
      tr.setAttribute("data-case-id", String(h.caseId));
      var td = document.createElement("td");
      var box = document.createElement("input");
      box.type = "checkbox";
      box.checked = true;
      box.className = "docket-item";
      box.setAttribute("aria-label", "确认安排 " + h.caseNumber);
      box.addEventListener("change", function () {
        dropped[h.caseId] = !box.checked;
        tr.classList.toggle("dropped", !box.checked);
        refreshProposalEvents();
        updateConfirm();
      });
      td.appendChild(box);
      tr.appendChild(td);
      cell(tr, h.caseNumber, "nowrap");
      cell(tr, partiesOf(h.caseId));
      cell(tr, when(h), "nowrap");
      cell(tr, h.room);
      cell(tr, h.tribunal.map(function (t) { return t.name + "（" + t.role + "）"; }).join("、"));
      cell(tr, h.clerk ? h.clerk.name : "");
      tbody.appendChild(tr);
    });
    var list = document.getElementById("docket-unplaced");
    list.textContent = "";
    p.unplaced.forEach(function (u) {
      var li = document.createElement("li");
      li.setAttribute("data-case-id", String(u.caseId));
      var strong = document.createElement("strong");
      strong.textContent = u.caseNumber + "：";
      li.appendChild(strong);
      li.appendChild(document.createTextNode(u.reason));
      list.appendChild(li);
    });
    document.getElementById("docket-unplaced-box").hidden = p.unplaced.length === 0;
    proposalBox.hidden = false;
    resultsBox.hidden = true;
    confirmButton.hidden = p.hearings.length === 0;
    updateConfirm();
    ensureCalendar();
    if (calendar) {
      calendar.gotoDate(p.hearings.length ? beijingLocal(p.hearings[0].start).substring(0, 10) : p.from);
      calendar.refetchEvents();
    }
  }

  function ticked() {
    return proposal ? proposal.hearings.filter(function (h) { return dropped[h.caseId] !== true; }) : [];
  }

  function updateConfirm() {
    var n = ticked().length;
    confirmButton.disabled = n === 0;
    confirmButton.textContent = n ? "确认排期（" + n + " 件）" : "确认排期";
  }

  var allBox = document.getElementById("docket-all");
  if (allBox) {
    allBox.addEventListener("change", function () {
      document.querySelectorAll(".docket-case").forEach(function (b) { b.checked = allBox.checked; });
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var ids = Array.prototype.map.call(document.querySelectorAll(".docket-case:checked"), function (b) {
      return Number(b.value);
    });
    show(errorBox, "");
    if (!ids.length) {
      show(errorBox, "请至少勾选一件案件");
      return;
    }
    proposeButton.disabled = true;
    waiting.hidden = false;
    proposalBox.setAttribute("aria-busy", "true");
    postJson("/api/hearings/docket/proposals", {
      caseIds: ids,
      from: document.getElementById("docket-from").value,
      weeks: Number(document.getElementById("docket-weeks").value),
      durationMinutes: Number(document.getElementById("docket-duration").value),
      seconds: Number(form.getAttribute("data-seconds"))
    }).then(function (p) {
      renderProposal(p, ids.length);
    }).catch(function (e) {
      show(errorBox, e.message);
    }).then(function () {
      proposeButton.disabled = false;
      waiting.hidden = true;
      proposalBox.removeAttribute("aria-busy");
    });
  });

  // ---- confirm: one request for the ticked hearings; the button stays disabled until the answer ----
  var confirming = false;
  confirmButton.addEventListener("click", function () {
    if (confirming) {
      return;
    }
    var items = ticked();
    if (!items.length) {
      return;
    }
    confirming = true;
    confirmButton.disabled = true;
    confirmButton.textContent = "正在确认…";
    var numbers = {};
    proposal.hearings.forEach(function (h) { numbers[h.caseId] = h.caseNumber; });
    postJson("/api/hearings/docket/proposals/confirm", {
      hearings: items.map(function (h) {
        return {caseId: h.caseId, roomId: h.roomId, start: h.start, end: h.end, clerk: h.clerk ? h.clerk.username : null};
      })
    }).then(function (report) {
      var list = document.getElementById("docket-result-list");
      list.textContent = "";
      report.results.forEach(function (r) {
        var li = document.createElement("li");
        li.setAttribute("data-case-id", String(r.caseId));
        li.setAttribute("data-status", String(r.status));
        var mark = document.createElement("span");
        mark.className = r.status === 201 ? "ok" : "refused";
        mark.textContent = (numbers[r.caseId] || "") + (r.status === 201 ? " 已安排开庭" : " 未安排");
        li.appendChild(mark);
        var item = items.filter(function (h) { return h.caseId === r.caseId; })[0];
        li.appendChild(document.createTextNode(r.status === 201
          ? "：" + (item ? when(item) + "，" + item.room : "")
          : "：" + (r.message || "预订未成功")));
        if (r.status === 201 && r.noticeDocumentId) {
          var a = document.createElement("a");
          a.className = "notice-link";
          a.href = "/documents/" + r.noticeDocumentId + "/pdf";
          a.textContent = "开庭通知书（PDF）";
          li.appendChild(a);
        }
        list.appendChild(li);
      });
      var refused = report.results.length - report.booked;
      document.getElementById("docket-results-summary").textContent = "已安排 " + report.booked + " 件"
        + (refused ? "，" + refused + " 件未能安排（时段已被占用或不再符合规则，可重新生成建议）" : "") + "。";
      resultsBox.hidden = false;
      // the proposal is spent: what was booked now shows as the committee's hearings
      proposal = null;
      confirmButton.hidden = true;
      document.querySelectorAll(".docket-item").forEach(function (b) { b.disabled = true; });
      document.querySelectorAll(".docket-case").forEach(function (b) {
        var done = report.results.some(function (r) { return r.status === 201 && String(r.caseId) === b.value; });
        if (done) {
          b.checked = false;
          b.disabled = true;
          b.closest("tr").classList.add("muted");
        }
      });
      if (calendar) { calendar.refetchEvents(); }
      resultsBox.scrollIntoView({block: "start"});
    }).catch(function (e) {
      show(errorBox, e.message);
      confirmButton.disabled = false;
      updateConfirm();
    }).then(function () {
      confirming = false;
    });
  });
})();
