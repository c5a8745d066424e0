/* 开庭排期: FullCalendar (served from its WebJar) on the committee's hearings, and booking a suggested slot. */
(function () {
  "use strict";

  var el = document.getElementById("calendar");
  if (!el || typeof FullCalendar === "undefined") {
    return;
  }
  var ZONE = "Asia/Shanghai";
  var scope = document.getElementById("calendar-scope");
  var whenFormat = new Intl.DateTimeFormat("zh-CN", {
    timeZone: ZONE, year: "numeric", month: "long", day: "numeric", weekday: "short",
    hour: "2-digit", minute: "2-digit", hour12: false
  });
  var timeFormat = new Intl.DateTimeFormat("zh-CN", {timeZone: ZONE, hour: "2-digit", minute: "2-digit", hour12: false});
  /* FullCalendar with a named time zone and no time-zone plugin hands out "UTC-coerced" dates: their UTC fields are
     the Beijing wall time. These formats read them as such. */
  var wallWhen = new Intl.DateTimeFormat("zh-CN", {
    timeZone: "UTC", year: "numeric", month: "long", day: "numeric", weekday: "short",
    hour: "2-digit", minute: "2-digit", hour12: false
  });
  var wallTime = new Intl.DateTimeFormat("zh-CN", {timeZone: "UTC", hour: "2-digit", minute: "2-digit", hour12: false});

  /* a calendar date as the API's Beijing local time, e.g. 2026-10-12T09:00 */
  function wall(date) {
    return date.toISOString().substring(0, 16);
  }

  function wallRange(start, end) {
    return wallWhen.format(start) + "至" + wallTime.format(end);
  }

  function csrfHeaders(headers) {
    var token = document.querySelector("meta[name='_csrf']");
    var header = document.querySelector("meta[name='_csrf_header']");
    if (token && header) {
      headers[header.content] = token.content;
    }
    return headers;
  }

  /* the message of an RFC 9457 answer: every field's message (400), or the detail (403, 404, 409) */
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

  function show(box, text) {
    if (!box) { return; }
    box.textContent = text;
    box.hidden = !text;
  }

  function scopeParams() {
    var v = scope ? scope.value : "";
    if (v.indexOf("arbitrator:") === 0) { return {arbitrator: v.substring(11)}; }
    if (v.indexOf("room:") === 0) { return {roomId: v.substring(5)}; }
    return {};
  }

  var detailBox = document.getElementById("event-detail");
  var eventError = document.getElementById("event-error");
  var eventResult = document.getElementById("event-result");
  var calendarError = document.getElementById("calendar-error");
  var calendarResult = document.getElementById("calendar-result");
  var current = null;

  function detail(event) {
    var p = event.extendedProps;
    var dl = detailBox.querySelector("dl");
    dl.textContent = "";
    function row(label, value, href, id) {
      var dt = document.createElement("dt");
      dt.textContent = label;
      var dd = document.createElement("dd");
      if (id) { dd.id = id; }
      if (href) {
        var a = document.createElement("a");
        a.href = href;
        a.textContent = value;
        dd.appendChild(a);
      } else {
        dd.textContent = value;
      }
      dl.appendChild(dt);
      dl.appendChild(dd);
    }
    row("案号", p.caseNumber, "/arbitration/cases/" + p.caseId);
    row("当事人", p.parties);
    row("时间", wallRange(event.start, event.end), null, "detail-when");
    row("审理室", p.room);
    row("仲裁庭", p.tribunal.join("、"));
    row("书记员", p.clerk);
    if (p.noticeDocumentId) {
      row("文书", "开庭通知书（PDF）", "/documents/" + p.noticeDocumentId + "/pdf");
    }
    current = event;
    show(eventError, "");
    var actions = document.getElementById("event-actions");
    actions.hidden = !p.editable;
    if (p.editable) {
      document.getElementById("move-start").value = wall(event.start);
      var minutes = Math.round((event.end - event.start) / 60000);
      var duration = document.getElementById("move-duration");
      if (!Array.prototype.some.call(duration.options, function (o) { return o.value === String(minutes); })) {
        var o = document.createElement("option");
        o.value = String(minutes);
        o.textContent = minutes + "分钟";
        duration.appendChild(o);
      }
      duration.value = String(minutes);
      document.getElementById("move-room").value = String(p.roomId);
      document.getElementById("cancel-reason").value = "";
    }
    detailBox.hidden = false;
  }

  function reschedule(event, start, end, roomId) {
    return call("/api/hearings/" + event.id + "/reschedule", {
      method: "POST",
      headers: {"Content-Type": "application/json"},
      body: JSON.stringify({version: event.extendedProps.version, roomId: roomId, start: start, end: end})
    });
  }

  function moved(h) {
    return "已改期：" + h.caseNumber + "，" + whenFormat.format(new Date(h.start)) + "至"
      + timeFormat.format(new Date(h.end)) + "，" + h.room + "；已重新发出开庭通知书，须于 " + h.noticeServedBy + " 前送达。";
  }

  var calendar = new FullCalendar.Calendar(el, {
    locale: "zh-cn",
    timeZone: ZONE,
    initialDate: el.getAttribute("data-today"),
    initialView: "timeGridWeek",
    headerToolbar: {left: "prev,next today", center: "title", right: "dayGridMonth,timeGridWeek,timeGridDay,listWeek"},
    // FullCalendar's arrow icons are a data: font, which the Content-Security-Policy (font-src 'self') refuses
    buttonIcons: false,
    buttonText: {prev: "‹ 上一页", next: "下一页 ›", today: "今天", month: "月", week: "周", day: "日", list: "列表"},
    slotMinTime: "08:00:00",
    slotMaxTime: "18:30:00",
    allDaySlot: false,
    nowIndicator: false,
    height: "auto",
    eventTimeFormat: {hour: "2-digit", minute: "2-digit", hour12: false},
    // each hearing says whether the user may move it (the feed's "editable", as the API decides); others stay put
    editable: false,
    snapDuration: "00:30:00",
    eventDrop: confirmMove,
    eventResize: confirmMove,
    events: function (info, success, failure) {
      var q = new URLSearchParams(Object.assign({start: info.startStr, end: info.endStr}, scopeParams()));
      call(el.getAttribute("data-feed") + "?" + q.toString())
        .then(function (list) {
          success(list.map(function (e) {
            return {
              id: String(e.id), title: e.title, start: e.start, end: e.end, editable: e.editable,
              classNames: e.editable ? ["hearing-editable"] : [],
              extendedProps: {
                caseId: e.caseId, caseNumber: e.caseNumber, parties: e.parties, roomId: e.roomId, room: e.room,
                tribunal: e.tribunal, clerk: e.clerk, noticeDocumentId: e.noticeDocumentId,
                version: e.version, editable: e.editable
              }
            };
          }));
        })
        .catch(failure);
    },
    eventContent: function (arg) {
      var p = arg.event.extendedProps;
      var box = document.createElement("div");
      box.className = "hearing-event";
      // the time, the case number (wrapped: it is what identifies the hearing), then one line each for the room and
      // each party, cut with an ellipsis; a short box hides what does not fit, and the tooltip (title) has it all
      var lines = [["hearing-event-time", arg.timeText], ["hearing-event-head", p.caseNumber], ["", p.room]];
      (p.parties || "").split("；").forEach(function (party) { lines.push(["", party]); });
      lines.forEach(function (l) {
        var line = document.createElement("div");
        line.className = l[0];
        line.textContent = l[1];
        box.appendChild(line);
      });
      return {domNodes: [box]};
    },
    eventDidMount: function (arg) {
      arg.el.setAttribute("data-case-number", arg.event.extendedProps.caseNumber);
      var p = arg.event.extendedProps;
      arg.el.setAttribute("data-hearing-id", arg.event.id);
      arg.el.title = p.caseNumber + "\n" + wallRange(arg.event.start, arg.event.end) + "\n" + p.room + "\n"
        + p.parties + "\n仲裁庭：" + p.tribunal.join("、") + (p.editable ? "\n（可拖动改期，点击查看或取消）" : "");
    },
    eventClick: function (arg) {
      arg.jsEvent.preventDefault();
      detail(arg.event);
    }
  });
  calendar.render();
  if (scope) {
    scope.addEventListener("change", function () { calendar.refetchEvents(); });
  }

  // ---- moving by drag or resize: ask first, then the reschedule API with the hearing's version ----
  var moveDialog = document.getElementById("move-dialog");
  var pending = null;

  function confirmMove(info) {
    show(calendarError, "");
    show(calendarResult, "");
    var e = info.event;
    var old = info.oldEvent;
    pending = info;
    document.getElementById("move-text").textContent = "将 " + e.extendedProps.caseNumber + " 的开庭由 "
      + wallRange(old.start, old.end) + " 改为 " + wallRange(e.start, e.end) + "（" + e.extendedProps.room + "）？";
    moveDialog.showModal();
  }

  document.getElementById("move-abandon").addEventListener("click", function () {
    moveDialog.close();
  });
  moveDialog.addEventListener("close", function () {
    // closed without confirming (放弃, Esc): the hearing goes back
    if (pending) {
      pending.revert();
      pending = null;
    }
  });
  document.getElementById("move-confirm").addEventListener("click", function () {
    var info = pending;
    pending = null;
    moveDialog.close();
    if (!info) { return; }
    var e = info.event;
    reschedule(e, wall(e.start), wall(e.end), e.extendedProps.roomId).then(function (h) {
      show(calendarResult, moved(h));
      calendar.refetchEvents();
    }).catch(function (err) {
      // refused (400 naming the rule, 409 naming the hearing in the way or a stale version): back where it was
      info.revert();
      show(calendarError, "未能改期：" + err.message);
    });
  });

  // ---- the detail column's 改期 and 取消开庭 ----
  document.getElementById("move-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    show(eventError, "");
    show(eventResult, "");
    if (!current) { return; }
    var start = document.getElementById("move-start").value;
    if (!start) {
      show(eventError, "请填写新的开庭时间");
      return;
    }
    var minutes = Number(document.getElementById("move-duration").value);
    var end = new Date(new Date(start.substring(0, 16) + ":00Z").getTime() + minutes * 60000);
    reschedule(current, start.substring(0, 16), wall(end), Number(document.getElementById("move-room").value))
      .then(function (h) {
        show(eventResult, moved(h));
        document.getElementById("move-box").open = false;
        detailBox.querySelector("#detail-when").textContent = whenFormat.format(new Date(h.start)) + "至"
          + timeFormat.format(new Date(h.end));
        document.getElementById("event-actions").hidden = true;
        calendar.gotoDate(start.substring(0, 10));
        calendar.refetchEvents();
      })
      .catch(function (err) { show(eventError, err.message); });
  });

  document.getElementById("cancel-form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    show(eventError, "");
    show(eventResult, "");
    if (!current) { return; }
    var reason = document.getElementById("cancel-reason").value.trim();
    if (!reason) {
      show(eventError, "请填写取消开庭的原因");
      return;
    }
    call("/api/hearings/" + current.id + "/cancellation", {
      method: "POST",
      headers: {"Content-Type": "application/json"},
      body: JSON.stringify({version: current.extendedProps.version, reason: reason})
    }).then(function (h) {
      show(eventResult, "已取消开庭：" + h.caseNumber + "（原因：" + h.cancelReason + "），原时段已释放。");
      document.getElementById("cancel-box").open = false;
      document.getElementById("event-actions").hidden = true;
      current = null;
      calendar.refetchEvents();
      if (document.getElementById("booking-case")) { loadCases(); }
    }).catch(function (err) { show(eventError, err.message); });
  });

  // ---- booking: a case waiting for a hearing → suggested slots → click one ----
  var caseSelect = document.getElementById("booking-case");
  if (!caseSelect) {
    return;
  }
  var errorBox = document.getElementById("booking-error");
  var resultBox = document.getElementById("booking-result");
  var dialog = document.getElementById("slot-dialog");
  var slotList = document.getElementById("slot-list");
  var slotError = document.getElementById("slot-error");

  function loadCases() {
    return call("/api/arbitration/cases?awaitingHearing=true").then(function (cases) {
      caseSelect.textContent = "";
      var first = document.createElement("option");
      first.value = "";
      first.textContent = cases.length ? "请选择案件" : "暂无待安排开庭的案件";
      caseSelect.appendChild(first);
      cases.forEach(function (c) {
        var o = document.createElement("option");
        o.value = String(c.id);
        o.textContent = c.number + (c.awardDueDate ? "（仲裁期限 " + c.awardDueDate + "）" : "");
        caseSelect.appendChild(o);
      });
    }).catch(function (e) { show(errorBox, e.message); });
  }

  function slotLabel(s) {
    return whenFormat.format(new Date(s.start)) + "至" + timeFormat.format(new Date(s.end));
  }

  function book(s) {
    show(slotError, "");
    call("/api/hearings", {
      method: "POST",
      headers: {"Content-Type": "application/json"},
      body: JSON.stringify({caseId: Number(caseSelect.value), roomId: s.roomId, start: s.start, end: s.end})
    }).then(function (h) {
      dialog.close();
      resultBox.textContent = "";
      var text = document.createElement("div");
      text.textContent = "已安排开庭：" + h.caseNumber + "，" + slotLabel(h) + "，" + h.room
        + "；开庭通知书须于 " + h.noticeServedBy + " 前送达。";
      resultBox.appendChild(text);
      if (h.noticeDocumentId) {
        var a = document.createElement("a");
        a.id = "notice-link";
        a.href = "/documents/" + h.noticeDocumentId + "/pdf";
        a.textContent = "查看开庭通知书（PDF）";
        resultBox.appendChild(a);
      }
      resultBox.hidden = false;
      calendar.gotoDate(h.start);
      calendar.refetchEvents();
      loadCases();
    }).catch(function (e) { show(slotError, e.message); });
  }

  document.getElementById("find-slots").addEventListener("click", function () {
    show(errorBox, "");
    show(resultBox, "");
    if (!caseSelect.value) {
      show(errorBox, "请先选择待安排开庭的案件");
      return;
    }
    var duration = document.getElementById("booking-duration").value;
    var q = new URLSearchParams({caseId: caseSelect.value, durationMinutes: duration});
    call("/api/hearings/slots?" + q.toString()).then(function (slots) {
      slotList.textContent = "";
      show(slotError, "");
      document.getElementById("slot-case").textContent =
        "案件 " + caseSelect.options[caseSelect.selectedIndex].textContent;
      if (!slots.length) {
        show(slotError, "在开庭通知送达期限与仲裁期限之间没有可安排的时段，请调整审理室或人员安排");
      }
      slots.forEach(function (s) {
        var li = document.createElement("li");
        var b = document.createElement("button");
        b.type = "button";
        b.className = "btn slot-option";
        var when = document.createElement("span");
        when.className = "slot-when";
        when.textContent = slotLabel(s);
        b.appendChild(when);
        b.appendChild(document.createTextNode(s.room + " · 仲裁庭 "
          + s.tribunal.map(function (t) { return t.name; }).join("、") + " · 书记员 " + (s.clerk ? s.clerk.name : "")));
        b.addEventListener("click", function () { book(s); });
        li.appendChild(b);
        slotList.appendChild(li);
      });
      dialog.showModal();
    }).catch(function (e) { show(errorBox, e.message); });
  });
  document.getElementById("slot-close").addEventListener("click", function () { dialog.close(); });
  loadCases();
})();
