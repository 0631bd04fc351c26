// emcee's remote (the control link): the show as the moderator's view shows it, and the
// console's controls. Each button sends a request on the page's socket ("do", with a
// number the answer carries back) and says what came of it; the console does it as its
// own keys would. Ending the show, a jump while a turn runs and a start far from the plan
// ask first, as the console does. Texts come from t(), like every view's.
"use strict";

(function () {
  const P = window.emceeParts;
  const OPEN_FLOOR = ["discussion", "qa"]; // the phases whose questions are timed (Q)
  const REHEARSAL_OFFER_AFTER = 30 * 60; // s: Start asks whether to move the plan (console)
  const ANSWER_WITHIN = 4000; // ms before "no answer" is said
  const SAID_FOR = 6000; // ms a refusal stays on the page

  const remote = {
    state: null,
    t: null,
    to: "stage", // where a message goes: "stage" (presenter screen) or "moderator"
    nextId: 1,
    waiting: new Map(), // request id -> {button, timer}
    said: "",
    saidTimer: null,
    asking: null, // {question, choices: [{label, verb, args}]}
  };

  function language() {
    return document.documentElement.lang === "en" ? "en" : "ko";
  }

  // --- requests and answers ------------------------------------------------------------

  function send(verb, args, button) {
    const state = remote.state;
    if (!state || !state.remote.enabled) return;
    const id = remote.nextId++;
    if (!window.emceeSend({ type: "do", id: id, verb: verb, args: args || {} })) {
      say(remote.t("no_answer"));
      return;
    }
    if (button) button.classList.add("busy");
    const timer = setTimeout(function () {
      remote.waiting.delete(id);
      if (button) button.classList.remove("busy");
      say(remote.t("no_answer"));
    }, ANSWER_WITHIN);
    remote.waiting.set(id, { button: button, timer: timer });
  }

  window.emceeReplied = function (reply) {
    const waiting = remote.waiting.get(reply.id);
    if (!waiting) return;
    remote.waiting.delete(reply.id);
    clearTimeout(waiting.timer);
    const button = waiting.button;
    if (button) {
      button.classList.remove("busy");
      button.classList.add(reply.ok ? "done" : "refused");
      setTimeout(function () {
        button.classList.remove("done", "refused");
      }, 600);
    }
    if (reply.ok) {
      say("");
    } else {
      say((reply.message && reply.message[language()]) || reply.error);
    }
  };

  function say(text) {
    remote.said = text;
    clearTimeout(remote.saidTimer);
    if (text) remote.saidTimer = setTimeout(function () { say(""); }, SAID_FOR);
    window.emceeRender();
  }

  function ask(question, choices) {
    remote.asking = { question: question, choices: choices };
    window.emceeRender();
  }

  // --- drawing -------------------------------------------------------------------------

  function button(parent, key, className, text, onClick, disabled) {
    const node = P.part(parent, key, "button", className);
    node.type = "button";
    P.setText(node, text);
    node.disabled = !!disabled || !remote.state.remote.enabled;
    node.onclick = function () {
      onClick(node);
    };
    return node;
  }

  function control(root, state, now, t) {
    remote.state = state;
    remote.t = t;
    P.layout(root, "control");
    const tod = now + state.wall;
    let wake = P.nextSecond(now, tod);
    const enabled = state.remote.enabled;
    P.setText(P.part(root, "read-only", "div", "card read-only"), enabled ? "" : t("read_only"));
    wake = Math.min(wake, live(root, state, now, t));
    P.setText(P.part(root, "said", "div", "card said"), remote.said);
    pad(root, state, t);
    proposal(root, state, t);
    messages(root, state, t);
    goTo(root, state, t);
    const ended = state.show === "ended";
    button(root, "end", "end", t("end_show"), function () {
      ask(t("end_question"), [{ label: t("end"), verb: "end", args: { confirm: "yes" } }]);
    }, ended);
    sheet(root, t);
    return wake;
  }

  function live(root, state, now, t) {
    const head = P.part(root, "head", "section", "card live");
    const current = state.live;
    const tod = now + state.wall;
    let wake = Infinity;
    P.setText(P.part(head, "clock", "div", "corner-clock"), window.emceeFormat.hhmm(tod));
    if (current) {
      const remaining = P.remainingOf(current, now);
      const lvl = P.level(current, remaining);
      head.dataset.level = lvl;
      let label = (P.symbols[lvl] + " " + t(P.labels[lvl])).trim();
      if (state.show === "paused") label = "‖ " + t("paused") + " · " + label;
      P.setText(P.part(head, "phase", "div", "phase"), P.phaseLabel(current, t));
      P.setText(P.part(head, "speaker", "div", "speaker"), current.speaker);
      P.setText(P.part(head, "title", "div", "title"), current.title);
      P.setText(P.part(head, "label", "div", "label"), label);
      const box = P.part(head, "digits-box", "div", "digits-box medium");
      P.fit(P.part(box, "digits", "div", "digits"), window.emceeFormat.clockFace(remaining), box);
      if (current.end !== null) wake = P.nextSecond(now, remaining);
    } else {
      head.dataset.level = "normal";
      P.setText(P.part(head, "phase", "div", "phase"), "");
      const idle = state.show === "ended" ? t("ended") : state.programme.title;
      P.setText(P.part(head, "speaker", "div", "speaker"), idle);
      const opening = state.show === "ready" && state.opening !== null;
      P.setText(
        P.part(head, "title", "div", "title"),
        opening ? t("not_started", window.emceeFormat.hhmm(state.opening)) : ""
      );
      P.setText(P.part(head, "label", "div", "label"), "");
      const box = P.part(head, "digits-box", "div", "digits-box medium");
      P.fit(P.part(box, "digits", "div", "digits"), window.emceeFormat.hhmm(tod), box);
    }
    const drift = P.part(head, "drift", "div", "drift");
    P.setText(drift, state.show === "ready" ? "" : P.driftText(state.drift, t));
    drift.dataset.sign = state.drift > 0 ? "late" : "fine";
    P.setText(P.part(head, "ends", "div", "dim"), P.endsText(state, t));
    P.setText(P.part(head, "next", "div", "next"), P.nextText(state.next, t));
    return wake;
  }

  function pad(root, state, t) {
    const keys = P.part(root, "pad", "div", "pad");
    const show = state.show;
    const go = { ready: "start", running: "pause", paused: "resume", ended: "start" }[show];
    const main = button(keys, "go", "big go", t(go), function (node) {
      if (go === "start") start(state, t, node);
      else send(go, {}, node);
    }, show === "ended");
    main.dataset.kind = go;
    const over = show === "ended";
    button(keys, "previous", "wide", t("previous"), function (node) {
      send("previous", {}, node);
    }, over);
    button(keys, "next", "wide", t("next_turn"), function (node) {
      send("next", {}, node);
    }, over);
    button(keys, "minus", "", t("minus_minute"), function (node) {
      send("add-time", { seconds: -60 }, node);
    }, over);
    button(keys, "plus", "", t("plus_minute"), function (node) {
      send("add-time", { seconds: 60 }, node);
    }, over);
    button(keys, "restart", "", t("restart_turn"), function (node) {
      send("restart-turn", {}, node);
    }, over);
    // Q as on the console: in an open discussion or a Q&A, a question's timer, its answer's.
    const floor = Boolean(state.live) && OPEN_FLOOR.includes(state.live.phase);
    button(keys, "question", "wide", t("question_timer"), function (node) {
      send("question", {}, node);
    }, over || !floor);
    button(keys, "undo", "wide", t("undo"), function (node) {
      send("undo", {}, node);
    }, !state.can_undo);
    const black = state.overlay.blackout;
    const blackout = button(keys, "blackout", "wide", black ? t("blackout_off") : t("blackout"), function (node) {
      send("blackout", { on: black ? "no" : "yes" }, node);
    });
    blackout.classList.toggle("on", black);
  }

  function start(state, t, node) {
    // As the console: far from the planned start, ask whether to move the plan.
    const first = state.next;
    const row = first ? state.items.find(function (item) { return item.n === first.item + 1; }) : null;
    const tod = window.emceePage.serverNow() + state.wall;
    if (row && Math.abs(tod - row.planned) >= REHEARSAL_OFFER_AFTER) {
      const question = t("plan_question", window.emceeFormat.hhmm(row.planned), window.emceeFormat.hhmm(tod));
      ask(question, [
        { label: t("move_plan"), verb: "start", args: { plan: "now" } },
        { label: t("keep_plan"), verb: "start", args: { plan: "keep" } },
      ]);
      return;
    }
    send("start", {}, node);
  }

  function proposal(root, state, t) {
    const card = P.part(root, "proposal", "section", "card proposal");
    const found = state.proposal;
    const undo = state.remote.undo_rebalance;
    const changes = found ? found.changes : [];
    card.hidden = !changes.length && !undo;
    if (card.hidden) return;
    const lines = [];
    if (changes.length) {
      const late = Math.round((found.projected_end - found.target_end) / 60);
      const hhmm = window.emceeFormat.hhmm;
      lines.push(t("proposal", hhmm(found.projected_end), late, hhmm(found.target_end)));
      for (const change of changes) {
        let what = change.label;
        if (change.phase === "discussion") what += " " + t("discussion");
        else if (change.phase === "presentation") what += " " + t("presentations");
        lines.push("• " + t("proposal_change", what, change.planned, change.proposed));
      }
      if (found.shortfall > 0) lines.push(t("proposal_shortfall", found.shortfall));
    } else {
      lines.push(t("shortened"));
    }
    P.setText(P.part(card, "text", "div", "proposal-text"), lines.join("\n"));
    const row = P.part(card, "buttons", "div", "row");
    const apply = button(row, "apply", "", t("apply"), function (node) {
      send("rebalance", { step: "apply" }, node);
    });
    apply.hidden = !changes.length;
    const back = button(row, "undo", "", t("undo_shortening"), function (node) {
      send("rebalance", { step: "undo" }, node);
    });
    back.hidden = !undo;
  }

  function messages(root, state, t) {
    const card = P.part(root, "messages", "section", "card messages");
    P.setText(P.part(card, "heading", "div", "dim"), t("messages"));
    const targets = P.part(card, "targets", "div", "row targets");
    for (const to of ["stage", "moderator"]) {
      const choice = button(targets, to, "target", t("to_" + to), function () {
        remote.to = to;
        window.emceeRender();
      });
      choice.disabled = false;
      choice.classList.toggle("chosen", remote.to === to);
    }
    const stage = remote.to === "stage";
    const presets = stage ? state.remote.stage_presets : state.remote.cue_presets;
    const list = P.part(card, "presets", "div", "presets");
    const signature = JSON.stringify(presets) + remote.to + state.remote.enabled;
    if (list.dataset.signature !== signature) {
      list.replaceChildren();
      list.dataset.signature = signature;
      presets.forEach(function (text, index) {
        const node = P.el("button", "preset", text);
        node.type = "button";
        node.disabled = !state.remote.enabled;
        node.onclick = function () {
          send("message", withBlink({ to: remote.to, preset: index + 1 }), node);
        };
        list.appendChild(node);
      });
    }
    const entry = P.part(card, "entry", "div", "row entry");
    const input = P.part(entry, "text", "input", "text");
    input.type = "text";
    input.maxLength = 200;
    input.placeholder = t("message_placeholder");
    input.disabled = !state.remote.enabled;
    const sendText = function (node) {
      const text = input.value.trim();
      if (!text) return;
      send("message", withBlink({ to: remote.to, text: text }), node);
      input.value = "";
    };
    input.onkeydown = function (event) {
      if (event.key === "Enter") sendText(null);
    };
    button(entry, "send", "", t("send"), sendText);
    const options = P.part(card, "options", "div", "row");
    const blinkLabel = P.part(options, "blink", "label", "blink-option");
    let box = blinkLabel.querySelector("input");
    if (!box) {
      box = P.el("input");
      box.type = "checkbox";
      blinkLabel.appendChild(box);
      blinkLabel.appendChild(P.el("span"));
    }
    blinkLabel.lastChild.textContent = t("blink");
    blinkLabel.hidden = !stage;
    box.disabled = !state.remote.enabled;
    button(options, "take-off", "", t("take_off"), function (node) {
      send("message", { to: remote.to }, node);
    });
    let shown = "";
    if (stage && state.overlay.blackout) shown = t("blacked_out");
    else if (stage && state.overlay.message) shown = t("on_stage", state.overlay.message);
    else if (!stage && state.cue) shown = t("on_moderator", state.cue.text);
    P.setText(P.part(card, "shown", "div", "dim"), shown);

    function withBlink(args) {
      if (stage && box.checked) args.blink = "yes";
      return args;
    }
  }

  function goTo(root, state, t) {
    const box = P.part(root, "goto", "details", "card goto");
    const summary = P.part(box, "summary", "summary", "");
    P.setText(summary, t("go_to"));
    const list = P.part(box, "list", "ol", "rundown");
    const hhmm = window.emceeFormat.hhmm;
    const running = state.show === "running" || state.show === "paused";
    const signature = JSON.stringify(state.items) + t("language") + state.remote.enabled + running;
    if (list.dataset.signature === signature) return;
    list.dataset.signature = signature;
    const rows = [];
    for (const item of state.items) {
      const row = P.el("li", "row status-" + item.status);
      const at = item.start !== null ? item.start : item.planned;
      const title = [item.part, item.title].filter(Boolean).join(" · ");
      row.appendChild(jump(hhmm(at) + "  " + title, title, { item: item.n }, item.status === "live"));
      for (const turn of item.turns) {
        const who = turn.phase === "discussion" ? t("discussion") : [turn.speaker, turn.title].filter(Boolean).join(" · ");
        const when = turn.start !== null ? hhmm(turn.start) + "  " : "";
        const node = jump(when + who, who, { segment: turn.segment }, turn.status === "live");
        node.classList.add("turn");
        row.appendChild(node);
      }
      rows.push(row);
    }
    list.replaceChildren(...rows);

    function jump(text, who, args, isLive) {
      const node = P.el("button", "jump" + (isLive ? " live" : ""), text);
      node.type = "button";
      node.disabled = !state.remote.enabled || isLive;
      node.onclick = function () {
        // As the console's Enter: while a turn runs, ask first.
        if (running) ask(t("jump_question", who), [{ label: t("jump"), verb: "goto", args: args }]);
        else send("goto", args, node);
      };
      return node;
    }
  }

  function sheet(root, t) {
    const node = P.part(root, "sheet", "div", "sheet");
    const asking = remote.asking;
    node.hidden = !asking;
    if (!asking) return;
    P.setText(P.part(node, "question", "div", "question"), asking.question);
    const row = P.part(node, "choices", "div", "row");
    row.replaceChildren();
    for (const choice of asking.choices) {
      const yes = P.el("button", "confirm", choice.label);
      yes.type = "button";
      yes.onclick = function () {
        remote.asking = null;
        send(choice.verb, choice.args, null);
        window.emceeRender();
      };
      row.appendChild(yes);
    }
    const no = P.el("button", "cancel", t("cancel"));
    no.type = "button";
    no.onclick = function () {
      remote.asking = null;
      window.emceeRender();
    };
    row.appendChild(no);
  }

  window.emceeViews.control = control;
})();
