"""The window stepper as it runs in a deck: a position slider and a play button, no kernel.

:func:`live_stepper_html` embeds the padded picture, the kernel and the output (computed here by
:mod:`lessons.conv`), and a script that draws, for the position on the slider, the picture with the
window framed, the patch, the kernel, their products, the sum, and the output filled in up to this
position: the same views as the notebook's widget, as HTML tables whose numbers are at least 21 px
(18 px on screen at 1280x720). The play button steps through the positions. Numbers are written in
the deck's language (the browser's ``Intl``, the CLDR locale Babel also uses).

For the tests, ``window.lessonsStepper[<id>]`` exposes ``show(position)``, ``position``,
``count`` and ``value`` (the sum at the position shown).
"""

from __future__ import annotations

import html
import json
import uuid

import numpy as np

from lessons.i18n import get_language, significant, tr

#: Pictures whose padded side is at most this many pixels show their values in the cells.
NUMBERS_UP_TO = 12
#: Milliseconds between steps of the play button.
PLAY_INTERVAL = 600


def live_stepper_html(
    padded: np.ndarray,
    kernel: np.ndarray,
    output: np.ndarray,
    *,
    image_shape: tuple[int, int],
    position: int = 0,
    fallback: str = "",
    lang: str | None = None,
) -> str:
    """Return the stepper's self-contained HTML + JavaScript for a deck.

    Parameters
    ----------
    padded : ``(H + 2 ph, W + 2 pw)`` the picture with its padding (``ph = pw = 0`` for "valid").
    kernel : ``(kh, kw)`` weights.
    output : ``(H + 2 ph - kh + 1, W + 2 pw - kw + 1)``, the correlation; position ``p`` is the
        output pixel ``divmod(p, output width)``, whose window starts at that row and column of
        ``padded``.
    image_shape : ``(H, W)``, the picture without padding (the padding is drawn pale).
    position : the position shown first.
    fallback : a ``data:`` URI of a picture of the current step, shown where scripts do not run.
    lang : ``"en"`` or ``"ru"`` (default: the current language).

    Raises
    ------
    ValueError
        If the shapes do not agree or the position is out of range.
    """
    padded, kernel, output = (np.asarray(a, dtype=np.float64) for a in (padded, kernel, output))
    kh, kw = kernel.shape
    if output.shape != (padded.shape[0] - kh + 1, padded.shape[1] - kw + 1):
        raise ValueError(
            f"output {output.shape} does not match a {kh}x{kw} kernel over a padded {padded.shape} picture"
        )
    if not 0 <= position < output.size:
        raise ValueError(f"position must be from 0 to {output.size - 1}, got {position!r}")
    uid = "lessons-stepper-" + uuid.uuid4().hex[:10]
    marker = {"row": "\u0001", "col": "\u0002", "value": "\u0003"}
    data = {
        "lang": lang or get_language(),
        "minus": significant(-1.0, 3, language=lang)[0],
        "padded": np.round(padded, 6).tolist(),
        "kernel": np.round(kernel, 6).tolist(),
        "output": np.round(output, 6).tolist(),
        "pads": [(padded.shape[0] - image_shape[0]) // 2, (padded.shape[1] - image_shape[1]) // 2],
        "numbers": max(padded.shape) <= NUMBERS_UP_TO,
        "position": int(position),
        "interval": PLAY_INTERVAL,
        "sum": tr("widgets.stepper.sum", **marker),
        "patch": tr("widgets.stepper.patch"),
        "kernelTitle": tr("widgets.kernel"),
        "products": tr("widgets.stepper.products"),
    }
    payload = json.dumps(data).replace("</", "<\\/")
    return (
        _body(uid, output.shape, position, fallback)
        + f"<script>({_SCRIPT})({json.dumps(uid)}, {payload});</script>"
    )


def _body(uid: str, shape: tuple[int, int], position: int, fallback: str) -> str:
    """The stepper's HTML: the fallback picture, the play button, the slider and the three views."""
    title = html.escape
    fallback_html = (
        f'<img id="{uid}-fallback" src="{html.escape(fallback, quote=True)}" alt="" '
        'style="max-width:100%;height:auto"/>'
        if fallback
        else ""
    )
    last = shape[0] * shape[1] - 1
    body = f"""
<div id="{uid}" class="lessons-static lessons-live-stepper"
 style="font-family:sans-serif;color:#111;font-size:21px">{fallback_html}
 <div id="{uid}-live" style="display:none">
 <div style="display:flex;align-items:center;gap:14px;margin-bottom:8px">
  <button type="button" id="{uid}-play" style="font-size:21px;padding:2px 14px">
   {title(tr("widgets.stepper.play"))}</button>
  <label style="display:flex;align-items:center;gap:10px">{title(tr("widgets.stepper.position"))}
   <input type="range" id="{uid}-position" min="0" max="{last}" step="1" value="{position}"
    style="width:360px"/></label>
  <span id="{uid}-position-value"></span>
 </div>
 <div style="display:flex;gap:22px;align-items:flex-start;flex-wrap:wrap">
  <div style="text-align:center"><div style="font-weight:600">{title(tr("widgets.stepper.image"))}</div>
   <div id="{uid}-image"></div></div>
  <div style="text-align:center"><div style="font-weight:600">{title(tr("widgets.stepper.arithmetic"))}</div>
   <div id="{uid}-arithmetic"></div>
   <div style="font-weight:600;margin-top:8px">{title(tr("widgets.stepper.output"))}
    {shape[0]}\u00d7{shape[1]}</div><div id="{uid}-output"></div></div>
 </div>
 </div>
</div>"""
    return body


_SCRIPT = r"""
function (id, data) {
  var $ = function (suffix) { return document.getElementById(id + suffix); };
  var format = new Intl.NumberFormat(data.lang, {maximumSignificantDigits: 3});
  var whole = new Intl.NumberFormat(data.lang, {maximumFractionDigits: 0});
  function text(value) {
    return format.formatToParts(value === 0 ? 0 : value).map(function (part) {  // never "-0"
      return part.type === "minusSign" ? data.minus : part.value; }).join("");
  }
  var K = data.kernel, kh = K.length, kw = K[0].length, out = data.output, ow = out[0].length;
  var P = data.padded, flat = [].concat.apply([], P);
  var low = Math.min.apply(null, flat), high = Math.max.apply(null, flat);
  if (!(high > low)) high = low + 1;
  function limitOf(rows) {
    var m = 0; rows.forEach(function (r) { r.forEach(function (v) { m = Math.max(m, Math.abs(v)); }); });
    return m || 1;
  }
  var outLimit = limitOf(out);
  function gray(v) {
    var g = Math.round(255 * Math.min(1, Math.max(0, (v - low) / (high - low))));
    return ["rgb(" + g + "," + g + "," + g + ")", g < 128 ? "#fff" : "#000"];
  }
  function diverging(limit) {
    return function (v) {
      var a = Math.min(1, Math.abs(v) / limit), keep = Math.round(255 * (1 - a));
      var colour = v >= 0 ? "rgb(255," + keep + "," + keep + ")" : "rgb(" + keep + "," + keep + ",255)";
      return [colour, a > 0.6 ? "#fff" : "#000"];
    };
  }
  function table(rows, colour, options) {
    var side = options.cell, html = ['<table style="border-collapse:collapse;margin:auto">'];
    if (options.caption) html.push('<caption style="font-size:21px">' + options.caption + "</caption>");
    rows.forEach(function (row, i) {
      html.push("<tr>");
      row.forEach(function (v, j) {
        var c = colour(v), style = "width:" + side + "px;height:" + side + "px;padding:0;text-align:center;" +
          "font-size:21px;background:" + c[0] + ";color:" + c[1] + ";border:1px solid #bbb;";
        var shown = options.numbers ? text(v) : "";
        if (options.hidden && options.hidden(i, j)) { style += "background:#f4f4f4;"; shown = ""; }
        if (options.faded && options.faded(i, j)) style += "opacity:0.45;";
        if (options.framed && options.framed(i, j)) style += "outline:4px solid #f5a623;outline-offset:-3px;";
        html.push('<td style="' + style + '">' + shown + "</td>");
      });
      html.push("</tr>");
    });
    html.push("</table>");
    return html.join("");
  }
  var api = {count: out.length * ow, position: data.position, value: 0};
  function show(position) {
    var row = Math.floor(position / ow), col = position % ow, sum = 0, patch = [], products = [];
    for (var u = 0; u < kh; u++) {
      patch.push([]); products.push([]);
      for (var v = 0; v < kw; v++) {
        var p = P[row + u][col + v]; patch[u].push(p); products[u].push(p * K[u][v]); sum += p * K[u][v];
      }
    }
    var H = P.length - 2 * data.pads[0], W = P[0].length - 2 * data.pads[1];
    var cell = data.numbers ? 44 : 14;
    $("-image").innerHTML = table(P, gray, {cell: cell, numbers: data.numbers,
      faded: function (i, j) {
        return i < data.pads[0] || j < data.pads[1] || i >= data.pads[0] + H || j >= data.pads[1] + W;
      },
      framed: function (i, j) { return i >= row && i < row + kh && j >= col && j < col + kw; }});
    var operator = '<div style="font-size:28px;padding:0 6px;align-self:center">';
    var small = {cell: 48, numbers: true};
    $("-arithmetic").innerHTML =
      '<div style="display:flex;align-items:flex-end;justify-content:center;gap:4px">' +
      table(patch, gray, Object.assign({caption: data.patch}, small)) + operator + "\u00d7</div>" +
      table(K, diverging(limitOf(K)), Object.assign({caption: data.kernelTitle}, small)) +
      operator + "=</div>" +
      table(products, diverging(limitOf(products)), Object.assign({caption: data.products}, small)) +
      "</div>" +
      '<div style="margin-top:6px">' + data.sum.replace("\u0001", row).replace("\u0002", col)
        .replace("\u0003", text(Math.round(sum * 1e6) / 1e6)) + "</div>";
    $("-output").innerHTML = table(out, diverging(outLimit), {cell: out.length <= 12 ? 44 : 14,
      numbers: out.length <= 12, hidden: function (i, j) { return i * ow + j > position; },
      framed: function (i, j) { return i === row && j === col; }});
    $("-position").value = position;
    $("-position-value").textContent = whole.format(position + 1) + " / " + whole.format(api.count);
    api.position = position; api.value = sum;
  }
  var timer = null;
  $("-position").addEventListener("input", function (event) { show(+event.target.value); });
  $("-play").addEventListener("click", function () {
    if (timer) { clearInterval(timer); timer = null; return; }
    timer = setInterval(function () {
      var next = api.position + 1;
      if (next >= api.count) { clearInterval(timer); timer = null; return; }
      show(next);
    }, data.interval);
    if (api.position + 1 >= api.count) show(0);
  });
  api.show = show;
  show(data.position);
  $("-live").style.display = "";  // the script runs: the live view replaces the picture
  if ($("-fallback")) $("-fallback").style.display = "none";
  window.lessonsStepper = window.lessonsStepper || {};
  window.lessonsStepper[id] = api;
}
"""
