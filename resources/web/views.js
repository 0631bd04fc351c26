// emcee's web views, one drawing function per role: (root, state, now, t) -> the server
// time at which what is shown changes next (Infinity: not until the next state).
// "now" is server time; a time of day is server time + state.wall. Texts come from t().
"use strict";

(function () {
  const DAY = 86400;
  const SYMBOLS = { normal: "", warning: "▲", final: "▲▲", "time-up": "■", overtime: "+" };
  const LABELS = { normal: "time_left", warning: "warning", final: "final", "time-up": "time_up", overtime: "overtime" };
  const KIND_WORDS = { break: "break", registration: "registration", opening: "opening", closing: "closing" };
  const SOON = 5 * 60; // "on in 5 min" from this far ahead

  // --- small helpers -----------------------------------------------------------------

  function el(tag, className, text) {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  // A node per key, made once: each state changes only the texts that differ.
  function part(root, key, tag, className) {
    let node = root.querySelector('[data-part="' + key + '"]');
    if (!node) {
      node = el(tag || "div", className);
      node.dataset.part = key;
      root.appendChild(node);
    }
    return node;
  }

  function setText(node, text) {
    if (node.textContent !== text) node.textContent = text;
    node.hidden = text === "";
  }

  function pad(n) {
    return (n < 10 ? "0" : "") + n;
  }

  function hhmm(timeOfDay) {
    const whole = ((Math.floor(timeOfDay) % DAY) + DAY) % DAY;
    return pad(Math.floor(whole / 3600)) + ":" + pad(Math.floor((whole % 3600) / 60));
  }

  function hhmmss(timeOfDay) {
    const whole = ((Math.floor(timeOfDay) % DAY) + DAY) % DAY;
    return hhmm(whole) + ":" + pad(whole % 60);
  }

  // A timer's face, as the console writes it: the ceiling while counting down (00:00 only
  // once time is up), the floor over time, "+" in front.
  function clockFace(seconds) {
    const over = seconds < 0;
    const whole = over ? Math.floor(-seconds) : Math.ceil(seconds - 1e-9);
    const h = Math.floor(whole / 3600);
    const m = Math.floor((whole % 3600) / 60);
    const s = whole % 60;
    const face = h ? h + ":" + pad(m) + ":" + pad(s) : pad(m) + ":" + pad(s);
    return (over && whole ? "+" : "") + face;
  }

  // When a value shown to the second changes next: the next whole second it crosses.
  function nextSecond(now, value) {
    const fraction = value - Math.floor(value);
    return now + (fraction > 0 ? fraction : 1);
  }

  function remainingOf(live, now) {
    return live.end !== null ? live.end - now : live.left;
  }

  // A question timed in an open discussion: its own deadline, as the turn's.
  function questionLeft(question, now) {
    return question.end !== null ? question.end - now : question.left;
  }

  function questionText(question, now, t) {
    const face = clockFace(questionLeft(question, now));
    return t(question.answering ? "answer" : "question", String(question.number), face);
  }

  function blockOf(live, now) {
    if (live.block_end !== null) return live.block_end - now;
    return live.block_left;
  }

  function level(live, remaining) {
    const [warning, final, overtime] = live.levels;
    if (remaining <= overtime) return "overtime";
    if (remaining <= 0) return "time-up";
    if (remaining <= final) return "final";
    if (remaining <= warning) return "warning";
    return "normal";
  }

  // A phase as the agenda names it, else its kind's name.
  function phaseName(x, t) {
    if (x.phase_title) return x.phase_title;
    if (x.phase === "discussion") return t("discussion");
    if (x.phase === "presentation" || x.phase === "main") return t("presentation");
    const name = t("phase_" + x.phase);
    return name.charAt(0).toUpperCase() + name.slice(1);
  }

  function phaseLabel(live, t) {
    let label;
    if (live.phase === "main" && KIND_WORDS[live.kind]) label = t(KIND_WORDS[live.kind]);
    else label = phaseName(live, t);
    if (live.turns > 1) label += " " + live.turn + "/" + live.turns;
    return live.part ? live.part + " · " + label : label;
  }

  function nextText(next, t) {
    if (!next) return "";
    let what;
    if (!next.speaker && next.phase !== "main") what = phaseName(next, t);
    else if (next.kind === "break") what = next.item_title || t("break");
    else what = [next.speaker, next.title].filter(Boolean).join(" · ");
    return what ? t("next", what) : "";
  }

  function driftText(minutes, t) {
    if (minutes === 0) return t("on_schedule");
    return minutes > 0 ? t("behind", minutes) : t("ahead", -minutes);
  }

  function endsText(state, t) {
    const parts = [t("expected_end", hhmm(state.projected_end)), t("planned_end", hhmm(state.planned_end))];
    if (state.hard_end !== null) parts.push(t("hard_end", hhmm(state.hard_end)));
    return parts.join(" · ");
  }

  // Digits as large as the box allows; the size depends on the text's shape only (every
  // digit counts as 0: the shipped font's digits are equally wide), so it does not jitter.
  const fitted = new Map();
  function fit(node, text, box) {
    const width = box.clientWidth;
    const height = box.clientHeight;
    const shape = text.replace(/[0-9]/g, "0");
    const key = shape + "|" + width + "x" + height + "|" + (document.fonts ? document.fonts.status : "");
    let size = fitted.get(key);
    if (size === undefined) {
      const probe = document.createElement("canvas").getContext("2d");
      const style = getComputedStyle(node);
      probe.font = style.fontWeight + " 100px " + style.fontFamily;
      const measured = probe.measureText(shape).width || 1;
      size = Math.max(12, Math.floor(Math.min((100 * width * 0.96) / measured, height * 0.9)));
      fitted.set(key, size);
    }
    if (node.style.fontSize !== size + "px") node.style.fontSize = size + "px";
    setText(node, text);
  }

  function layout(root, name) {
    if (root.dataset.layout !== name) {
      root.replaceChildren();
      root.dataset.layout = name;
    }
  }

  // --- stage: what the presenter screen shows -----------------------------------------

  function stage(root, state, now, t) {
    const overlay = state.overlay;
    const live = state.live;
    if (overlay.blackout) {
      layout(root, "blackout");
      return Infinity;
    }
    if (overlay.message) return messageScreen(root, state, now, t);
    if (!live || state.show === "ready" || state.show === "ended" || live.kind === "registration") {
      return idle(root, state, now, t);
    }
    if (live.kind === "break") return breakScreen(root, state, now, t);
    layout(root, "timer");
    const tod = now + state.wall;
    const face = timerFace(state, now, t);
    const remaining = face.remaining;
    root.dataset.level = face.level;
    root.classList.toggle("flash", state.show === "running" && face.level === "time-up" && !face.clockStyle);
    setText(part(root, "label", "div", "label"), (face.symbol + " " + face.label).trim());
    const box = part(root, "digits-box", "div", "digits-box");
    fit(part(box, "digits", "div", "digits"), face.digits, box);
    const bar = part(root, "progress", "div", "progress");
    const fill = part(bar, "fill", "div", "fill");
    const used = live.total > 0 && remaining > 0 ? 1 - Math.ceil(remaining - 1e-9) / live.total : 1;
    fill.style.width = face.clockStyle ? "0" : Math.min(100, Math.max(0, used * 100)).toFixed(2) + "%";
    setText(part(root, "phase", "div", "phase"), phaseLabel(live, t));
    const question = live.question;
    setText(part(root, "speaker", "div", "speaker"), question ? questionText(question, now, t) : live.speaker);
    setText(part(root, "title", "div", "title"), live.title);
    setText(part(root, "next", "div", "next"), nextText(state.next, t));
    setText(part(root, "clock", "div", "corner-clock"), hhmm(tod));
    if (live.end === null) return nextSecond(now, tod);
    let wake = Math.min(nextSecond(now, remaining), nextSecond(now, tod));
    if (question && question.end !== null) wake = Math.min(wake, nextSecond(now, questionLeft(question, now)));
    return wake;
  }

  // The live turn's timer as the presenter screen words it: digits, level, symbol, label.
  function timerFace(state, now, t) {
    const live = state.live;
    const remaining = remainingOf(live, now);
    const lvl = level(live, remaining);
    const clockStyle = live.style === "clock";
    let digits;
    if (clockStyle) digits = hhmm(now + state.wall);
    else if (live.style === "countup") digits = clockFace(live.total - remaining);
    else digits = clockFace(remaining);
    let label = clockStyle ? t("current_time") : t(LABELS[lvl]);
    let symbol = clockStyle ? "" : SYMBOLS[lvl];
    if (live.style === "countup" && lvl === "normal") label = t("elapsed");
    if (state.show === "paused") {
      label = t("paused") + " · " + (symbol + " " + label).trim();
      symbol = "‖";
    }
    return { digits, label, symbol, remaining, clockStyle, level: clockStyle ? "normal" : lvl };
  }

  // A message over the timer, as on the presenter screen: the phase and the clock on top,
  // the timer kept in sight (small, in its level's colour, its symbol in front), then the
  // message. Before and after the show, and a break run over, the small digits are the clock.
  function messageScreen(root, state, now, t) {
    layout(root, "message");
    const live = state.live;
    const tod = now + state.wall;
    let digits = hhmm(tod);
    let symbol = "";
    let lvl = ""; // none: the digits in the text's colour
    let phase = "";
    let wake = nextSecond(now, tod);
    if (live && state.show !== "ready" && state.show !== "ended" && live.kind !== "registration") {
      const remaining = remainingOf(live, now);
      if (live.end !== null) wake = Math.min(wake, nextSecond(now, remaining));
      if (live.kind === "break") {
        phase = t("break");
        if (remaining > 0) {
          digits = clockFace(remaining);
          lvl = level(live, remaining);
        }
      } else {
        const face = timerFace(state, now, t);
        digits = face.digits;
        symbol = face.symbol;
        lvl = face.level;
        phase = phaseLabel(live, t);
      }
    }
    // The overtime symbol is the digits' own "+": not written twice ("+ +01:05").
    if (symbol && !digits.startsWith(symbol)) digits = symbol + " " + digits;
    if (lvl) root.dataset.level = lvl;
    else delete root.dataset.level;
    root.classList.remove("flash"); // the message is what must be read, as on the projector
    const top = part(root, "top", "div", "top-bar");
    setText(part(top, "phase", "div", "phase"), phase);
    setText(part(top, "clock", "div", "corner-clock"), hhmm(tod));
    const box = part(root, "digits-box", "div", "digits-box small");
    fit(part(box, "digits", "div", "digits"), digits, box);
    const message = part(root, "message", "div", "message");
    setText(message, state.overlay.message);
    message.classList.toggle("blink", state.overlay.blink);
    return wake;
  }

  function idle(root, state, now, t) {
    layout(root, "idle");
    const tod = now + state.wall;
    const live = state.live;
    let info = "";
    if (state.show === "ended") info = t("thank_you");
    else if (live && live.kind === "registration") {
      const remaining = remainingOf(live, now);
      const start = live.target !== null ? live.target : tod + remaining;
      info = remaining > 0 ? t("starts_at", hhmm(start)) : t("starting_shortly");
    } else if (state.opening !== null) {
      info = state.opening > tod ? t("starts_at", hhmm(state.opening)) : t("starting_shortly");
    }
    setText(part(root, "headline", "div", "headline"), state.programme.title);
    setText(part(root, "subline", "div", "subline"), state.programme.subtitle);
    const box = part(root, "digits-box", "div", "digits-box small");
    fit(part(box, "digits", "div", "digits"), hhmm(tod), box);
    setText(part(root, "info", "div", "info"), info);
    setText(part(root, "next", "div", "next"), live ? nextText(state.next, t) : "");
    return nextSecond(now, tod);
  }

  function breakScreen(root, state, now, t) {
    layout(root, "break");
    const live = state.live;
    const tod = now + state.wall;
    const remaining = remainingOf(live, now);
    const restart = live.target !== null ? live.target : tod + remaining;
    const title = live.item_title || t("break");
    let headline;
    let sub = "";
    let digits;
    if (remaining <= 0) {
      headline = t("resuming_shortly", title);
      digits = hhmm(tod);
      root.dataset.level = "normal";
    } else {
      headline = t("resuming_at", title, hhmm(restart));
      if (restart - live.planned_end > 30) sub = t("planned_at", hhmm(live.planned_end));
      digits = clockFace(remaining);
      root.dataset.level = level(live, remaining);
    }
    setText(part(root, "headline", "div", "headline"), headline);
    setText(part(root, "subline", "div", "subline"), sub);
    const box = part(root, "digits-box", "div", "digits-box");
    fit(part(box, "digits", "div", "digits"), digits, box);
    setText(part(root, "next", "div", "next"), nextText(state.next, t));
    if (live.end === null) return nextSecond(now, tod);
    return Math.min(nextSecond(now, remaining), nextSecond(now, tod));
  }

  // --- moderator -----------------------------------------------------------------------

  const vibration = { on: false, seen: null };

  function moderator(root, state, now, t) {
    layout(root, "moderator");
    const tod = now + state.wall;
    const live = state.live;
    let wake = nextSecond(now, tod);
    setText(part(root, "clock", "div", "corner-clock"), hhmm(tod));
    const head = part(root, "head", "section", "card live");
    if (live) {
      const remaining = remainingOf(live, now);
      const lvl = level(live, remaining);
      head.dataset.level = lvl;
      let label = (SYMBOLS[lvl] + " " + t(LABELS[lvl])).trim();
      if (state.show === "paused") label = "‖ " + t("paused") + " · " + label;
      setText(part(head, "phase", "div", "phase"), phaseLabel(live, t));
      setText(part(head, "speaker", "div", "speaker"), live.speaker);
      setText(part(head, "title", "div", "title"), live.title);
      setText(part(head, "label", "div", "label"), label);
      const box = part(head, "digits-box", "div", "digits-box medium");
      fit(part(box, "digits", "div", "digits"), clockFace(remaining), box);
      const block = blockOf(live, now);
      let blockLine = "";
      if (block !== null) blockLine = block >= 0 ? t("block_left", clockFace(block)) : t("block_over", clockFace(-block).replace("+", ""));
      const question = live.question;
      if (question) blockLine = questionText(question, now, t);
      setText(part(head, "block", "div", "dim"), blockLine);
      if (live.end !== null) wake = Math.min(wake, nextSecond(now, remaining));
      if (question && question.end !== null) wake = Math.min(wake, nextSecond(now, questionLeft(question, now)));
    } else {
      head.dataset.level = "normal";
      setText(part(head, "phase", "div", "phase"), "");
      setText(part(head, "speaker", "div", "speaker"), state.show === "ended" ? t("ended") : state.programme.title);
      setText(part(head, "title", "div", "title"), state.show === "ready" && state.opening !== null ? t("not_started", hhmm(state.opening)) : "");
      setText(part(head, "label", "div", "label"), "");
      const box = part(head, "digits-box", "div", "digits-box medium");
      fit(part(box, "digits", "div", "digits"), hhmm(tod), box);
      setText(part(head, "block", "div", "dim"), "");
    }
    const alert = part(root, "alert", "section", "card alert");
    const shown = state.alert;
    setText(alert, shown ? alertText(shown, t) : "");
    if (shown && vibration.seen !== null && shown.id !== vibration.seen && vibration.on && navigator.vibrate) {
      navigator.vibrate(shown.kind === "warning" ? [200] : [300, 150, 300]);
    }
    vibration.seen = shown ? shown.id : vibration.seen === null ? 0 : vibration.seen;
    cueCard(root, state, t);
    setText(part(root, "next", "div", "next"), nextText(state.next, t));
    const drift = part(root, "drift", "div", "drift");
    setText(drift, state.show === "ready" ? "" : driftText(state.drift, t));
    drift.dataset.sign = state.drift > 0 ? "late" : "fine";
    setText(part(root, "ends", "div", "dim"), endsText(state, t));
    let onStage = "";
    if (state.overlay.blackout) onStage = t("blacked_out");
    else if (state.overlay.message) onStage = t("on_stage", state.overlay.message);
    setText(part(root, "overlay", "div", "dim"), onStage);
    const notes = part(root, "notes", "section", "card notes");
    setText(notes, state.notes.length ? t("notes") + "\n" + state.notes.join("\n") : "");
    vibrateButton(root, t);
    return wake;
  }

  function alertText(alert, t) {
    const who = alert.speaker;
    if (alert.kind === "warning") return "▲ " + t("alert_warning", who, t("warning"));
    if (alert.kind === "final") return "▲▲ " + t("final") + " · " + who;
    if (alert.kind === "time-up") return "■ " + t("alert_time_up", who);
    return "+ " + t("alert_overtime", who, alert.minute);
  }

  const receipts = { delivered: new Set(), read: new Set() };

  function cueCard(root, state, t) {
    const card = part(root, "cue", "section", "card cue");
    const cue = state.cue;
    card.hidden = !cue || receipts.read.has(cue.id);
    if (!cue) return;
    if (!receipts.delivered.has(cue.id)) {
      receipts.delivered.add(cue.id);
      window.emceeSend({ type: "delivered", id: cue.id });
    }
    setText(part(card, "heading", "div", "dim"), t("cue"));
    setText(part(card, "text", "div", "cue-text"), cue.text);
    const button = part(card, "read", "button", "read");
    button.type = "button";
    setText(button, t("cue_read"));
    button.onclick = function () {
      receipts.read.add(cue.id);
      window.emceeSend({ type: "read", id: cue.id });
      card.hidden = true;
    };
  }

  function vibrateButton(root, t) {
    const button = part(root, "vibrate", "button", "vibrate");
    button.type = "button";
    if (!navigator.vibrate) {
      button.hidden = true;
      return;
    }
    setText(button, vibration.on ? t("vibrate_is_on") : t("vibrate_on"));
    button.disabled = vibration.on;
    button.onclick = function () {
      vibration.on = true;
      navigator.vibrate(50); // a tap allows it from now on
      setText(button, t("vibrate_is_on"));
      button.disabled = true;
    };
  }

  // --- backstage and programme: the run-down -----------------------------------------

  function startsIn(start, state, now) {
    // The next turn starts when the live one ends: its deadline, to the second.
    return start - (now + state.wall);
  }

  function rundown(root, state, now, t, backstage) {
    const list = part(root, "items", "ol", "rundown");
    const rows = [];
    for (const item of state.items) {
      const row = el("li", "row status-" + item.status);
      const time = el("div", "time");
      const expected = item.start !== null ? item.start : item.planned;
      time.appendChild(el("span", "at", hhmm(expected)));
      if (item.start !== null && item.start !== item.planned && item.status !== "done") {
        time.appendChild(el("span", "planned", t("planned") + " " + hhmm(item.planned)));
      }
      row.appendChild(time);
      const body = el("div", "body");
      const head = [item.part, item.title].filter(Boolean).join(" · ");
      body.appendChild(el("div", "item-title", head));
      if (item.presenter) body.appendChild(el("div", "dim", item.presenter));
      if (item.status === "live" || item.status === "next") {
        body.appendChild(el("span", "badge", t("status_" + item.status)));
      }
      for (const turn of item.turns) {
        if (turn.phase === "discussion" && !backstage) continue;
        const line = el("div", "turn status-" + turn.status);
        const who = turn.speaker ? [turn.speaker, turn.title].filter(Boolean).join(" · ") : phaseName(turn, t);
        if (turn.start !== null) line.appendChild(el("span", "at", hhmm(turn.start)));
        line.appendChild(el("span", "who", who));
        if (turn.status === "live") line.appendChild(el("span", "badge", t("status_live")));
        body.appendChild(line);
      }
      row.appendChild(body);
      rows.push(row);
    }
    // Rebuilt only when the run-down or the language changed (t("language") differs).
    const signature = JSON.stringify(state.items) + t("language");
    if (list.dataset.signature !== signature) {
      list.replaceChildren(...rows);
      list.dataset.signature = signature;
    }
  }

  // The card on top of the run-down and the MC's script: what is on and its time left,
  // or the programme and the time of day when nothing is; when to draw it again.
  function liveCard(root, state, now, tod, t, size, names) {
    const head = part(root, "head", "section", "card live");
    const live = state.live;
    const remaining = live ? remainingOf(live, now) : 0;
    head.dataset.level = live ? level(live, remaining) : "normal";
    const idle = state.show === "ended" ? t("ended") : "";
    setText(part(head, "phase", "div", "phase"), live ? names.phase : idle);
    setText(part(head, "speaker", "div", "speaker"), live ? names.speaker : state.programme.title);
    const box = part(head, "digits-box", "div", "digits-box " + size);
    fit(part(box, "digits", "div", "digits"), live ? clockFace(remaining) : hhmm(tod), box);
    return live && live.end !== null ? nextSecond(now, remaining) : Infinity;
  }

  function backstage(root, state, now, t) {
    layout(root, "backstage");
    const tod = now + state.wall;
    let wake = nextSecond(now, tod);
    setText(part(root, "clock", "div", "corner-clock"), hhmm(tod));
    const live = state.live;
    wake = Math.min(
      wake,
      liveCard(root, state, now, tod, t, "medium", {
        phase: live && t("now") + " · " + phaseLabel(live, t),
        speaker: live && [live.speaker, live.title].filter(Boolean).join(" · "),
      })
    );
    const call = part(root, "call", "section", "card call");
    const next = state.next;
    let callText = "";
    if (next) {
      let seconds = null;
      if (live && live.end !== null) seconds = Math.max(0, live.end - now);
      else if (next.start !== null) seconds = startsIn(next.start, state, now);
      const who = nextText(next, t);
      if (seconds !== null && seconds <= SOON) {
        const minutes = Math.ceil(seconds / 60);
        callText = who + " — " + (minutes > 0 ? t("on_in", minutes) : t("on_now"));
      } else {
        callText = who;
      }
    }
    setText(call, callText);
    call.dataset.soon = callText.includes("—") ? "yes" : "no";
    setText(part(root, "ends", "div", "dim"), endsText(state, t));
    rundown(root, state, now, t, true);
    return wake;
  }

  function programme(root, state, now, t) {
    layout(root, "programme");
    const heading = part(root, "heading", "header", "programme-head");
    setText(part(heading, "title", "h1", "headline"), state.programme.title);
    const details = [state.programme.date, state.programme.venue].filter(Boolean).join(" · ");
    setText(part(heading, "details", "div", "dim"), details);
    setText(part(root, "ends", "div", "dim"), t("expected_end", hhmm(state.projected_end)));
    rundown(root, state, now, t, false);
    return Infinity;
  }

  // --- mc: the MC's script following the show ---------------------------------------------

  let scriptShown = null; // the script as last drawn, and where "now" was scrolled to
  let nowShown = -1;

  function mc(root, state, now, t) {
    layout(root, "mc");
    const tod = now + state.wall;
    const live = state.live;
    let wake = nextSecond(now, tod);
    wake = Math.min(
      wake,
      liveCard(root, state, now, tod, t, "small", {
        phase: live && phaseLabel(live, t),
        speaker: live && (live.speaker || live.item_title),
      })
    );
    const list = part(root, "script", "section", "script");
    const drawn = JSON.stringify(state.script);
    if (drawn !== scriptShown) {
      scriptShown = drawn;
      list.replaceChildren();
      if (!state.script.length) list.appendChild(el("div", "dim", t("no_script")));
      let first = -1;
      state.script.forEach(function (cue, index) {
        const block = el("div", "cue" + (cue.name ? " name" : ""));
        block.dataset.at = cue.at;
        const text = el("div", "cue-text", cue.text);
        if (cue.heading) {
          block.appendChild(el("div", "cue-head", (cue.at === "next" ? "▶ " : "") + cue.heading));
        } else if (cue.at === "next") {
          text.prepend(el("span", "mark", "▶ ")); // a name called next
        }
        block.appendChild(text);
        list.appendChild(block);
        if (first < 0 && (cue.at === "now" || cue.at === "next")) first = index;
      });
      if (first >= 0 && first !== nowShown) {
        nowShown = first;
        list.children[first].scrollIntoView({ block: "start" });
      }
    }
    return wake;
  }

  // --- clock -----------------------------------------------------------------------------

  let clockEnd = localStorage.getItem("emcee-clock-end") === "1";

  function clock(root, state, now, t) {
    layout(root, "clock");
    const tod = now + state.wall;
    const box = part(root, "digits-box", "div", "digits-box");
    fit(part(box, "digits", "div", "digits"), hhmmss(tod), box);
    setText(part(root, "title", "div", "subline"), state.programme.title);
    const end = part(root, "end", "div", "info");
    end.hidden = false;
    end.textContent = clockEnd ? t("expected_end", hhmm(state.projected_end)) : "";
    root.onclick = function () {
      clockEnd = !clockEnd;
      localStorage.setItem("emcee-clock-end", clockEnd ? "1" : "0");
      clock(root, state, window.emceePage.serverNow(), t);
    };
    return nextSecond(now, tod);
  }

  window.emceeViews = {
    stage: stage,
    moderator: moderator,
    mc: mc,
    backstage: backstage,
    programme: programme,
    clock: clock,
  };
  window.emceeFormat = { clockFace: clockFace, hhmm: hhmm };
  // For the remote (remote.js), which shows the show as the moderator's view does.
  window.emceeParts = {
    el: el,
    part: part,
    setText: setText,
    fit: fit,
    layout: layout,
    level: level,
    phaseLabel: phaseLabel,
    nextText: nextText,
    driftText: driftText,
    endsText: endsText,
    nextSecond: nextSecond,
    remainingOf: remainingOf,
    blockOf: blockOf,
    symbols: SYMBOLS,
    labels: LABELS,
  };
})();
