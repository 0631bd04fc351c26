// emcee's web views: the connection, the clock and the language, shared by every view.
//
// The server pushes a view's state when it changes; the live turn comes with an absolute
// deadline in server time. This page measures the offset between its own clock and the
// server's (ping/pong, keeping the sample with the shortest round trip, as NTP does) and
// counts down by itself, waking at each displayed second. It says within 3 s that the
// connection is lost, reconnects by itself with growing pauses, and when the phone wakes
// up (the page becomes visible again) it reconnects or resyncs at once.
"use strict";

(function () {
  const role = document.documentElement.dataset.role;
  const token = new URLSearchParams(location.search).get("token") || "";
  const TEXTS = JSON.parse(document.getElementById("texts").textContent);

  const PING_EVERY = 1000; // ms; also how the page knows the server is there
  const QUIET_LIMIT = 2200; // ms without a word from the server: the connection is lost
  const WATCH_EVERY = 250;
  const BACKOFF = [250, 500, 1000, 2000, 4000, 5000]; // ms before each new attempt
  const SAMPLES = 8; // clock samples kept; the one with the shortest round trip is used
  const CLOSE_RENEWED = 4403;

  const page = {
    role: role,
    state: null,
    lang: localStorage.getItem("emcee-lang") || "",
    offset: null, // server time minus this page's clock, in seconds
    samples: [],
    socket: null,
    link: "connecting", // connecting | open | lost | expired
    heard: 0,
    attempt: 0,
    retry: null,
    timer: null,
    pinger: null,
  };

  // --- texts -------------------------------------------------------------------------

  function language() {
    if (page.lang === "ko" || page.lang === "en") return page.lang;
    return page.state && page.state.lang === "en" ? "en" : "ko";
  }

  function t(key, ...args) {
    const table = TEXTS[language()] || TEXTS.ko;
    let text = table[key] !== undefined ? table[key] : key;
    // From the highest number down, so that %1 does not eat %10.
    for (let n = args.length; n >= 1; n--) text = text.split("%" + n).join(String(args[n - 1]));
    return text;
  }

  // --- the clock ---------------------------------------------------------------------

  function local() {
    return performance.now() / 1000;
  }

  function serverNow() {
    return local() + (page.offset === null ? 0 : page.offset);
  }

  function addSample(sent, serverAt, received) {
    const trip = received - sent;
    page.samples.push({ trip: trip, offset: serverAt - (sent + received) / 2 });
    if (page.samples.length > SAMPLES) page.samples.shift();
    let best = page.samples[0];
    for (const sample of page.samples) if (sample.trip < best.trip) best = sample;
    page.offset = best.offset;
  }

  function resync() {
    // A fresh start: the page's clock may have stopped while the phone slept.
    page.samples = [];
    for (let i = 0; i < 4; i++) setTimeout(ping, i * 120);
  }

  function ping() {
    const socket = page.socket;
    if (socket && socket.readyState === WebSocket.OPEN) {
      socket.send(JSON.stringify({ type: "ping", c: local() }));
    }
  }

  // --- the connection ----------------------------------------------------------------

  function connect() {
    clearTimeout(page.retry);
    page.retry = null;
    const scheme = location.protocol === "https:" ? "wss:" : "ws:";
    const url = scheme + "//" + location.host + "/ws?token=" + encodeURIComponent(token);
    let socket;
    try {
      socket = new WebSocket(url);
    } catch (error) {
      lost();
      return;
    }
    page.socket = socket;
    socket.onopen = function () {
      page.heard = local();
    };
    socket.onmessage = function (event) {
      page.heard = local();
      let message;
      try {
        message = JSON.parse(event.data);
      } catch (error) {
        return;
      }
      receive(message);
    };
    socket.onclose = function (event) {
      if (page.socket !== socket) return;
      page.socket = null;
      if (event.code === CLOSE_RENEWED) {
        expired();
      } else {
        lost();
      }
    };
  }

  function receive(message) {
    if (message.type === "hello") {
      // A first estimate, before any ping returns: good to the network's delay.
      page.samples = [];
      page.offset = message.now - local();
      page.attempt = 0;
      setLink("open");
      resync();
    } else if (message.type === "pong") {
      addSample(message.c, message.now, local());
    } else if (message.type === "state") {
      page.state = message.state;
      render();
    } else if (message.type === "reply" && window.emceeReplied) {
      window.emceeReplied(message); // the remote's answer to one of its requests
    }
  }

  function lost() {
    if (page.link === "expired") return;
    setLink("lost");
    if (page.socket) {
      const socket = page.socket;
      page.socket = null;
      socket.onclose = null;
      socket.close();
    }
    if (page.retry !== null) return;
    const base = BACKOFF[Math.min(page.attempt, BACKOFF.length - 1)];
    page.attempt += 1;
    if (page.attempt % 3 === 0) checkLink();
    page.retry = setTimeout(connect, base * (0.8 + 0.4 * Math.random()));
  }

  function expired() {
    setLink("expired");
    clearTimeout(page.retry);
    page.retry = null;
  }

  function checkLink() {
    // Renewed while this page was away: the socket cannot say so, the page's address can.
    fetch(location.href, { cache: "no-store" })
      .then(function (response) {
        if (response.status === 403) expired();
      })
      .catch(function () {});
  }

  function watch() {
    if (page.link === "open" && local() - page.heard > QUIET_LIMIT / 1000) lost();
  }

  function wake() {
    if (document.visibilityState !== "visible") return;
    if (page.link === "expired") return;
    if (page.socket && page.socket.readyState === WebSocket.OPEN) {
      resync();
      page.heard = local(); // the watchdog slept too: give the pings their time
    } else {
      page.attempt = 0;
      connect();
    }
    render();
  }

  function setLink(link) {
    page.link = link;
    document.documentElement.dataset.link = link;
    showStatus();
  }

  function showStatus() {
    const status = document.getElementById("status");
    const words = { connecting: "connecting", lost: "lost", expired: "expired" }[page.link];
    status.textContent = words ? t(words) : "";
    const other = language() === "ko" ? "en" : "ko";
    const button = document.getElementById("lang");
    button.textContent = t("language");
    button.lang = other;
  }

  // --- drawing -----------------------------------------------------------------------

  function render() {
    clearTimeout(page.timer);
    page.timer = null;
    document.documentElement.lang = language();
    showStatus();
    const draw = window.emceeViews && window.emceeViews[role];
    if (!draw || !page.state) return;
    const now = serverNow();
    const next = draw(document.getElementById("view"), page.state, now, t);
    if (Number.isFinite(next) && next > now) {
      // Wake just after the displayed second changes (2 ms: the timer may be early).
      page.timer = setTimeout(render, Math.max(0, (next - serverNow()) * 1000 + 2));
    }
  }

  document.getElementById("lang").addEventListener("click", function () {
    page.lang = language() === "ko" ? "en" : "ko";
    localStorage.setItem("emcee-lang", page.lang);
    render();
  });
  document.addEventListener("visibilitychange", wake);
  document.addEventListener("resume", wake); // a frozen page (a phone's background tab) runs again
  window.addEventListener("pageshow", wake);
  window.addEventListener("online", wake);
  window.addEventListener("resize", render);
  if (document.fonts) document.fonts.addEventListener("loadingdone", render);

  // The views send receipts (and the remote its requests) through this; nothing is sent
  // while the socket is down: it says whether it sent.
  window.emceeSend = function (message) {
    const socket = page.socket;
    if (!socket || socket.readyState !== WebSocket.OPEN) return false;
    socket.send(JSON.stringify(message));
    return true;
  };

  // Draw again now, with the state as it is (the remote, after a tap).
  window.emceeRender = render;

  // For tests and benchmarks: what the page believes.
  window.emceePage = {
    serverNow: serverNow,
    get offset() {
      return page.offset;
    },
    get link() {
      return page.link;
    },
    get state() {
      return page.state;
    },
  };

  setLink("connecting");
  connect();
  page.pinger = setInterval(ping, PING_EVERY);
  setInterval(watch, WATCH_EVERY);
})();
